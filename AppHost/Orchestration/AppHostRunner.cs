using CareServices.AppHost.Model;

namespace CareServices.AppHost.Orchestration;

/// <summary>Starts the declared application from code (tests, benchmarks): the same model and path as <c>run</c>.</summary>
public static class AppHostRunner
{
    /// <summary>Starts everything and returns once every project answers <c>/health</c>; dispose to stop it all.</summary>
    public static async Task<DistributedApplication> StartAsync(AppHostOptions options, CancellationToken cancellationToken = default)
    {
        var builder = DistributedApplication.CreateBuilder(options);
        Program.Declare(builder);
        var app = builder.Build();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return app;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
