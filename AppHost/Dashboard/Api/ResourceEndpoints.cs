using CareServices.AppHost.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CareServices.AppHost.Dashboard.Api;

/// <summary>
/// The data API behind the dashboard: every resource's state, PID, uptime, restarts, endpoint, health, masked
/// environment and last console lines, and the stop/start/restart actions. Needs the login cookie or the token.
/// </summary>
internal static class ResourceEndpoints
{
    private const int DefaultTail = 200;

    public static IEndpointRouteBuilder MapResourceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/resources");
        api.MapGet("/", (DistributedApplication host) => TypedResults.Ok(host.Resources.Select(r => r.Snapshot()).ToList()));
        api.MapGet("/{name}", Results<Ok<ResourceDetails>, NotFound<string>> (string name, DistributedApplication host) =>
            Find(host, name) is { } status ? TypedResults.Ok(ResourceDetails.From(status)) : NotFound(name));
        api.MapGet("/{name}/logs", Results<Ok<IReadOnlyList<LogLine>>, NotFound<string>> (string name, int? tail, long? after, DistributedApplication host) =>
            Find(host, name) is { } status
                ? TypedResults.Ok(status.Log.Tail(Math.Clamp(tail ?? DefaultTail, 1, 10_000), after ?? 0))
                : NotFound(name));
        api.MapPost("/{name}/{command}", async Task<Results<Accepted<ResourceSnapshot>, NotFound<string>, ProblemHttpResult>> (
            string name, string command, DistributedApplication host) =>
        {
            if (Find(host, name) is not { } status)
            {
                return NotFound(name);
            }

            if (!Enum.TryParse<ResourceCommand>(command, ignoreCase: true, out var parsed) || int.TryParse(command, out _))
            {
                return TypedResults.Problem($"'{command}' is not an action: use stop, start or restart.", statusCode: StatusCodes.Status404NotFound);
            }

            try
            {
                await host.ExecuteAsync(name, parsed).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
            }

            return TypedResults.Accepted($"/api/resources/{name}", status.Snapshot());
        });
        return app;
    }

    private static NotFound<string> NotFound(string name) => TypedResults.NotFound($"No resource named '{name}'.");

    private static ResourceStatus? Find(DistributedApplication host, string name) =>
        host.Resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
