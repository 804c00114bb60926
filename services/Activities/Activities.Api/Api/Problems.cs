using CareServices.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CareServices.Activities.Api.Api;

/// <summary>ProblemDetails that name the field and the rule.</summary>
public static class Problems
{
    /// <summary>409: the request is well-formed but the current state refuses it (cancelled, past, no certificate …).</summary>
    public static ProblemHttpResult Conflict(string field, string rule) => TypedResults.Problem(new ProblemDetails
    {
        Title = "Conflict with the current state",
        Detail = $"{field}: {rule}",
        Status = StatusCodes.Status409Conflict,
        Extensions = { ["field"] = field, ["errors"] = new Dictionary<string, string[]> { [field] = [rule] } },
    });

    /// <summary>422: the request's fields break a rule (an invalid RRULE, an end before the start …).</summary>
    public static ProblemHttpResult Unprocessable(ValidationErrors errors)
    {
        var all = errors.ToDictionary();
        return TypedResults.Problem(new ProblemDetails
        {
            Title = "One or more fields break a rule",
            Detail = string.Join("; ", all.Select(pair => $"{pair.Key}: {string.Join(", ", pair.Value)}")),
            Status = StatusCodes.Status422UnprocessableEntity,
            Extensions = { ["errors"] = all },
        });
    }

    public static ProblemHttpResult Unprocessable(string field, string rule) => Unprocessable(new ValidationErrors().Add(field, rule));
}
