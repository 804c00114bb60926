using Microsoft.AspNetCore.Components;

namespace CareServices.AppHost.Dashboard.Components.Shared;

/// <summary>
/// A page that re-renders on the server once a second while what it shows has changed; the circuit pushes the
/// difference to the browser, so nothing reloads.
/// </summary>
public abstract class LivePage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _closing = new();

    protected CancellationToken Closing => _closing.Token;

    /// <summary>A number that grows when the page's data changes (a store's version, a log sequence …).</summary>
    protected abstract long DataVersion();

    protected virtual TimeSpan Interval => TimeSpan.FromSeconds(1);

    protected override void OnInitialized() => _ = RefreshLoopAsync();

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Reloads the page's data before a render caused by a change; the default does nothing.</summary>
    protected virtual Task ReloadAsync() => Task.CompletedTask;

    private async Task RefreshLoopAsync()
    {
        var seen = DataVersion();
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                var version = DataVersion();
                if (version == seen)
                {
                    continue;
                }

                seen = version;
                await InvokeAsync(async () =>
                {
                    await ReloadAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The circuit closed.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while waiting.
        }
    }
}
