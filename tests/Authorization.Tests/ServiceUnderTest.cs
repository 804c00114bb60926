using CareServices.TestSupport;

namespace CareServices.Authorization.Tests;

/// <summary>One service host on its own database and virtual host of the real servers.</summary>
public sealed class ServiceUnderTest(string name, IsolatedServers servers, IServiceProvider services, Func<string?, HttpClient> client, IAsyncDisposable host)
    : IAsyncDisposable
{
    public string Name { get; } = name;

    public IServiceProvider Services { get; } = services;

    /// <summary>A client with the bearer token given (none when null).</summary>
    public HttpClient Client(string? token) => client(token);

    /// <summary>Starts the service <paramref name="name"/> (database <c>{name}db</c>) whose host assembly holds <typeparamref name="TMarker"/>.</summary>
    public static async Task<ServiceUnderTest> StartAsync<TMarker>(string name) where TMarker : class
    {
        var servers = await IsolatedServers.CreateAsync();
        var factory = new ServiceFactory<TMarker>(new Dictionary<string, string>
        {
            [$"ConnectionStrings:{name}db"] = servers.Database($"{name}db"),
            ["ConnectionStrings:rabbitmq"] = servers.RabbitMq,
            ["ConnectionStrings:redis"] = servers.Redis,
        });
        _ = factory.Server;
        return new ServiceUnderTest(name, servers, factory.Services, token => factory.CreateClient(token), factory);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await servers.DisposeAsync();
    }
}
