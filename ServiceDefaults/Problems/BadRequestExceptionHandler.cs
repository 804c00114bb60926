using System.Text.Json;
using System.Text.RegularExpressions;
using CareServices.ServiceDefaults.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CareServices.ServiceDefaults.Problems;

/// <summary>
/// A request the framework could not bind — a body that is not JSON or holds a value of the wrong type, a route or
/// query value that does not parse — is the caller's mistake: 400 with the field it concerns, never a 500. The
/// exception's own text is not sent, because it quotes the value, which can be personal data.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException badRequest || httpContext.Response.HasStarted)
        {
            return false;
        }

        var (field, rule) = Describe(badRequest);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [rule] })
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status400BadRequest ? "The request could not be read." : null,
            },
        });
    }

    /// <summary>The field (a JSON path's last name, or a route or query parameter) and what is wrong with it.</summary>
    private static (string Field, string Rule) Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is NullElementException nullElement)
        {
            var parent = nullElement.Path is { } path ? FieldOf(path) : "";
            return (parent.Length == 0 ? nullElement.Property : $"{parent}.{nullElement.Property}", "must not hold null elements");
        }
        if (exception.InnerException is JsonException json)
        {
            // A value of the wrong type names its field; JSON that does not parse at all is the body's fault.
            var conversion = json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
            return conversion && json.Path is { Length: > 1 } path
                ? (FieldOf(path), "does not hold a value of the expected type")
                : ("body", "must be a JSON document of the expected shape");
        }
        if (Parameter().Match(exception.Message) is { Success: true } match)
        {
            var name = match.Groups["name"].Value;
            return exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? ("body", "is required and must be JSON of the expected shape")
                : (name, $"must be a valid {match.Groups["type"].Value}");
        }
        return ("request", "could not be read");
    }

    /// <summary><c>$.shifts[2].start</c> → <c>shifts[2].start</c>.</summary>
    private static string FieldOf(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    [GeneratedRegex("parameter \"(?<type>[^\" ]+) (?<name>[^\"]+)\"")]
    private static partial Regex Parameter();
}
