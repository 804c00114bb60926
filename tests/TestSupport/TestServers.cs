using DotNet.Testcontainers.Containers;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Testcontainers.Redis;

namespace CareServices.TestSupport;

/// <summary>
/// The real PostgreSQL, RabbitMQ and Redis the tests use: those <c>./test.sh</c> started (named by the
/// <c>CARESERVICES_TEST_*</c> variables), or else containers when a Docker engine answers. There is no in-memory
/// stand-in: without servers the tests fail and say how to get them.
/// </summary>
public static class TestServers
{
    public const string PostgresVariable = "CARESERVICES_TEST_POSTGRES";
    public const string RabbitMqVariable = "CARESERVICES_TEST_RABBITMQ";
    public const string RabbitMqManagementVariable = "CARESERVICES_TEST_RABBITMQ_MANAGEMENT";
    public const string RedisVariable = "CARESERVICES_TEST_REDIS";

    private static readonly Lazy<Task<ServerEndpoints>> Endpoints = new(ResolveAsync);

    public static Task<ServerEndpoints> GetAsync() => Endpoints.Value;

    private static async Task<ServerEndpoints> ResolveAsync()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var rabbit = Environment.GetEnvironmentVariable(RabbitMqVariable);
        var management = Environment.GetEnvironmentVariable(RabbitMqManagementVariable);
        var redis = Environment.GetEnvironmentVariable(RedisVariable);
        if (!string.IsNullOrEmpty(postgres) && !string.IsNullOrEmpty(rabbit) && !string.IsNullOrEmpty(management) && !string.IsNullOrEmpty(redis))
        {
            return new ServerEndpoints(postgres, new Uri(rabbit), new Uri(management), redis);
        }

        try
        {
            return await StartContainersAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"No test servers: set {PostgresVariable}, {RabbitMqVariable}, {RabbitMqManagementVariable} and {RedisVariable} " +
                "(run the tests with ./test.sh, which starts private servers), or run a Docker engine for Testcontainers.", e);
        }
    }

    private static async Task<ServerEndpoints> StartContainersAsync()
    {
        var postgres = new PostgreSqlBuilder("postgres:15").Build();
        var rabbit = new RabbitMqBuilder("rabbitmq:3.10-management").WithUsername("guest").WithPassword("guest").Build();
        var redis = new RedisBuilder("redis:7").Build();
        await Task.WhenAll(postgres.StartAsync(), rabbit.StartAsync(), redis.StartAsync());
        var amqp = new Uri(rabbit.GetConnectionString());
        var managementPort = ((IContainer)rabbit).GetMappedPublicPort(15672);
        return new ServerEndpoints(
            postgres.GetConnectionString(),
            amqp,
            new Uri($"http://{rabbit.Hostname}:{managementPort}/"),
            redis.GetConnectionString());
    }
}
