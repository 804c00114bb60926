using Microsoft.AspNetCore.Mvc;

namespace CareServices.Assessment.Api.Api;

/// <summary>ProblemDetails for refusals that are not field validation (400): conflicts with the current state.</summary>
public static class Problems
{
    public static ProblemDetails Conflict(string field, string rule, string title = "Conflict with the current state") => new()
    {
        Title = title,
        Detail = $"{field}: {rule}",
        Status = StatusCodes.Status409Conflict,
        Extensions = { ["field"] = field, ["errors"] = new Dictionary<string, string[]> { [field] = [rule] } },
    };

    public static ProblemDetails Unprocessable(string field, string rule) => new()
    {
        Title = "The request cannot be applied",
        Detail = $"{field}: {rule}",
        Status = StatusCodes.Status422UnprocessableEntity,
        Extensions = { ["field"] = field, ["errors"] = new Dictionary<string, string[]> { [field] = [rule] } },
    };
}
