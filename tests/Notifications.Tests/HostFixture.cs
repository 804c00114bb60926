namespace CareServices.Notifications.Tests;

/// <summary>
/// One host shared by a class's tests, for rules whose tests only add their own people and events (their own ids and
/// addresses), so that no test sees another's messages.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    public NotificationsHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await NotificationsHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
