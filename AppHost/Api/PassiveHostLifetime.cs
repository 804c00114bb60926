using Microsoft.Extensions.Hosting;

namespace CareServices.AppHost.Api;

/// <summary>A host lifetime that ignores process signals: the AppHost decides when its API stops.</summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
