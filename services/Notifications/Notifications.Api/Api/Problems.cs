using Microsoft.AspNetCore.Mvc;

namespace CareServices.Notifications.Api.Api;

/// <summary>ProblemDetails for refusals that are not field validation (400): conflicts with the current state, unusable values.</summary>
public static class Problems
{
    public static ProblemDetails Conflict(string field, string rule) => Problem(StatusCodes.Status409Conflict, "Conflict with the current state", field, rule);

    public static ProblemDetails Unprocessable(string field, string rule) => Problem(StatusCodes.Status422UnprocessableEntity, "The request cannot be applied", field, rule);

    private static ProblemDetails Problem(int status, string title, string field, string rule) => new()
    {
        Title = title,
        Detail = $"{field}: {rule}",
        Status = status,
        Extensions = { ["field"] = field, ["errors"] = new Dictionary<string, string[]> { [field] = [rule] } },
    };
}
