using System.Net;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Feed;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareServices.Notifications.Tests;

/// <summary>
/// The in-app feed's real-time push: a real SignalR client connected with a token receives what an event published
/// on the real bus produced, also when it is connected to another replica than the one that sends (Redis backplane).
/// </summary>
public sealed class FeedPushTests : IAsyncLifetime
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(30);

    private NotificationsHost _host = null!;

    public async Task InitializeAsync() => _host = await NotificationsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Connects to the hub of <paramref name="replica"/> as a recipient and collects what it pushes.</summary>
    private static async Task<(HubConnection Connection, TaskCompletionSource<FeedItem> Received)> ConnectAsync(WebApplicationFactory<Program> replica, Guid recipientId)
    {
        var token = TestTokens.For(Roles.Recipient, recipientId: recipientId);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(replica.Server.BaseAddress, FeedHub.Path), options =>
            {
                // The in-process test server speaks HTTP only, so the client long-polls; the token goes in the header.
                options.HttpMessageHandlerFactory = _ => replica.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var received = new TaskCompletionSource<FeedItem>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<FeedItem>(FeedHub.NotificationMethod, item => received.TrySetResult(item));
        await connection.StartAsync();
        return (connection, received);
    }

    [Fact]
    public async Task A_connected_recipient_receives_the_message_a_granted_decision_on_the_bus_produces()
    {
        var registered = await _host.RecipientWithRelativesAsync("en");
        var (connection, received) = await ConnectAsync(_host.Factory, registered.RecipientId);
        await using var _ = connection;
        var granted = Events.Granted(registered);

        await _host.PublishAsync(granted);

        var item = await received.Task.WaitAsync(PushTimeout);
        Assert.Equal("Decision on home care services for Ola Nordmann", item.Subject);
        Assert.Contains("Dear Ola Nordmann", item.Body);
        var inApp = (await _host.NotificationsAsync(granted.EventId)).Single(n => n.Channel == Channel.InApp);
        Assert.Equal(inApp.Id, item.Id);
    }

    [Fact]
    public async Task A_client_on_another_replica_receives_the_push_through_the_redis_backplane()
    {
        // This replica sends nothing itself: only the first host's delivery worker does, so the push can only arrive via Redis.
        await using var listening = await _host.StartReplicaAsync(services =>
        {
            var worker = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DeliveryWorker));
            services.Remove(worker);
        });
        var registered = await _host.RecipientWithRelativesAsync("nb");
        var (connection, received) = await ConnectAsync(listening, registered.RecipientId);
        await using var _ = connection;

        await _host.PublishAsync(Events.Terminated(registered, "V-2026-0077"));

        var item = await received.Task.WaitAsync(PushTimeout);
        Assert.Equal("Tjenestene til Ola Nordmann avsluttes", item.Subject);
        Assert.Contains("V-2026-0077", item.Body);
    }

    [Fact]
    public async Task The_hub_refuses_a_client_without_a_token()
    {
        var response = await _host.Factory.CreateClient().PostAsync($"{FeedHub.Path}/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
