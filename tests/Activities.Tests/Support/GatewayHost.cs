extern alias gateway;

using System.Net.Http.Headers;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Recipients;
using CareServices.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using GatewaySettings = gateway::CareServices.Gateway.GatewaySettings;

namespace CareServices.Activities.Tests.Support;

/// <summary>
/// Activities on a loopback port behind an in-process gateway, as a cluster runs them: every request passes the
/// gateway's route, token check and rate limit, and then the service's own role and tenancy rules.
/// </summary>
public sealed class GatewayHost : IAsyncLifetime
{
    private IsolatedServers _servers = null!;
    private ServiceFactory<Program> _activities = null!;
    private ServiceFactory<GatewaySettings> _gateway = null!;

    public async Task InitializeAsync()
    {
        _servers = await IsolatedServers.CreateAsync();
        _activities = new ServiceFactory<Program>(new Dictionary<string, string>
        {
            ["ConnectionStrings:activitiesdb"] = _servers.Database("activitiesdb"),
            ["ConnectionStrings:rabbitmq"] = _servers.RabbitMq,
            ["ConnectionStrings:redis"] = _servers.Redis,
            ["Activities:ChecklistDueScan:Enabled"] = "false",
            // A port of Kestrel's choosing, as the app's URL: UseKestrel(0) rewrites the server's addresses after the
            // build, racing a minimal-hosting app that already binds them (dotnet/aspnetcore#67714).
            ["urls"] = "http://127.0.0.1:0",
        });
        // The gateway reaches the service over HTTP, as through service discovery in a cluster.
        _activities.UseKestrel();
        _activities.StartServer();
        _gateway = new ServiceFactory<GatewaySettings>(new Dictionary<string, string>
        {
            ["services:activities:http:0"] = _activities.ClientOptions.BaseAddress.ToString().TrimEnd('/'),
        });
        _ = _gateway.Server;
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _activities.DisposeAsync();
        await _servers.DisposeAsync();
    }

    /// <summary>A client of the gateway; no token when <paramref name="token"/> is null.</summary>
    public HttpClient Client(string? token)
    {
        var client = _gateway.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    public HttpClient Client(string role, string municipality, Guid? recipientId = null) =>
        Client(TestTokens.For(role, municipality, recipientId is { } id ? $"citizen-{id:N}" : null, recipientId: recipientId));

    /// <summary>Puts a recipient into the service's read model, as Assessment's RecipientRegistered would.</summary>
    public async Task<Guid> RecipientAsync(string municipality)
    {
        var id = Guid.NewGuid();
        using var scope = _activities.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        db.Recipients.Add(Recipient.Registered(id, municipality, "Gateway Recipient", new DateOnly(1940, 5, 1), "Leiranger", "nb", 67.78, 15.05, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return id;
    }
}
