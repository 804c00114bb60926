using Microsoft.AspNetCore.Mvc;

namespace CareServices.Scheduling.Api.Api;

/// <summary>ProblemDetails for refusals that are not field validation (400): conflicts with the current state or rules.</summary>
public static class Problems
{
    public static ProblemDetails Conflict(string field, string rule, object? extra = null) => Make(StatusCodes.Status409Conflict, "Conflict with the current state", field, rule, extra);

    public static ProblemDetails Unprocessable(string field, string rule, object? extra = null) => Make(StatusCodes.Status422UnprocessableEntity, "The request cannot be applied", field, rule, extra);

    public static ProblemDetails Forbidden(string field, string rule) => Make(StatusCodes.Status403Forbidden, "Not allowed for this caller", field, rule, null);

    private static ProblemDetails Make(int status, string title, string field, string rule, object? extra)
    {
        var problem = new ProblemDetails
        {
            Title = title,
            Detail = $"{field}: {rule}",
            Status = status,
            Extensions = { ["field"] = field, ["errors"] = new Dictionary<string, string[]> { [field] = [rule] } },
        };
        if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
            {
                problem.Extensions[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = property.GetValue(extra);
            }
        }
        return problem;
    }
}
