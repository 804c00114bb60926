using Microsoft.AspNetCore.Mvc;

namespace CareServices.Documentation.Api.Api;

/// <summary>ProblemDetails for refusals that are not field validation (400), each naming the field and the rule.</summary>
public static class Problems
{
    public static ProblemDetails Conflict(string field, string rule) => Of(StatusCodes.Status409Conflict, "Conflict with the current state", field, rule);

    public static ProblemDetails Unprocessable(string field, string rule) => Of(StatusCodes.Status422UnprocessableEntity, "The request cannot be applied", field, rule);

    public static ProblemDetails NotFound(string what, Guid id) => new()
    {
        Title = $"{what} not found",
        Detail = $"No {what.ToLowerInvariant()} {id} here.",
        Status = StatusCodes.Status404NotFound,
    };

    public static ProblemDetails Forbidden(string detail) => new()
    {
        Title = "Forbidden",
        Detail = detail,
        Status = StatusCodes.Status403Forbidden,
    };

    private static ProblemDetails Of(int status, string title, string field, string rule) => new()
    {
        Title = title,
        Detail = $"{field}: {rule}",
        Status = status,
        Extensions = { ["field"] = field, ["errors"] = new Dictionary<string, string[]> { [field] = [rule] } },
    };
}
