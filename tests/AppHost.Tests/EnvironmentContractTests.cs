using CareServices.AppHost.Model;
using CareServices.AppHost.Orchestration;
using CareServices.AppHost.Servers;

namespace CareServices.AppHost.Tests;

public sealed class EnvironmentContractTests
{
    private static readonly ServerConnections Servers = new(
        "Host=127.0.0.1;Port=20001;Username=postgres;Password=postgres",
        "amqp://guest:guest@127.0.0.1:20002/",
        "http://127.0.0.1:20003/",
        "127.0.0.1:20004");

    private static readonly Dictionary<string, string> Endpoints = new()
    {
        ["assessment"] = "http://127.0.0.1:41001",
        ["scheduling"] = "http://127.0.0.1:41002",
        ["gateway"] = "http://localhost:8080",
    };

    [Fact]
    public void A_service_gets_its_database_the_broker_redis_its_url_and_the_shared_jwt_settings()
    {
        var (assessment, _) = Declare();
        var contract = new EnvironmentContract(Servers, IsolationNames.None, Endpoints, "Development", null, "a2V5");

        var environment = contract.For(assessment);

        Assert.Equal("Host=127.0.0.1;Port=20001;Username=postgres;Password=postgres;Database=assessmentdb",
            environment["ConnectionStrings__assessmentdb"]);
        Assert.Equal("amqp://guest:guest@127.0.0.1:20002/", environment["ConnectionStrings__rabbitmq"]);
        Assert.Equal("127.0.0.1:20004", environment["ConnectionStrings__redis"]);
        Assert.Equal("http://127.0.0.1:41001", environment["ASPNETCORE_URLS"]);
        Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("assessment", environment["OTEL_SERVICE_NAME"]);
        Assert.False(environment.ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
        Assert.Equal("careservices-dev", environment["Authentication__Jwt__Issuer"]);
        Assert.Equal("careservices", environment["Authentication__Jwt__Audience"]);
        Assert.Equal("a2V5", environment["Authentication__Jwt__SigningKey"]);
    }

    [Fact]
    public void The_gateway_finds_services_through_services_name_http_0()
    {
        var (_, gateway) = Declare();
        var contract = new EnvironmentContract(Servers, IsolationNames.None, Endpoints, "Production", "http://127.0.0.1:4317", "a2V5");

        var environment = contract.For(gateway);

        Assert.Equal("http://127.0.0.1:41001", environment["services__assessment__http__0"]);
        Assert.Equal("http://127.0.0.1:41002", environment["services__scheduling__http__0"]);
        Assert.Equal("http://localhost:8080", environment["ASPNETCORE_URLS"]);
        Assert.Equal("http://127.0.0.1:4317", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.DoesNotContain(environment.Keys, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && key != "ConnectionStrings__redis");
    }

    [Fact]
    public void Isolation_names_suffix_every_database_and_put_the_virtual_host_in_the_broker_uri()
    {
        var (assessment, _) = Declare();
        var contract = new EnvironmentContract(Servers, new IsolationNames("t1", "run one"), Endpoints, "Development", null, "a2V5");

        var environment = contract.For(assessment);

        Assert.EndsWith(";Database=assessmentdb_t1", environment["ConnectionStrings__assessmentdb"], StringComparison.Ordinal);
        Assert.Equal("amqp://guest:guest@127.0.0.1:20002/run%20one", environment["ConnectionStrings__rabbitmq"]);
    }

    private static (ProjectResource Assessment, ProjectResource Gateway) Declare()
    {
        var builder = new DistributedApplicationBuilder(new AppHostOptions());
        var postgres = builder.AddPostgres("postgres");
        var database = postgres.AddDatabase("assessmentdb");
        var rabbitmq = builder.AddRabbitMQ("rabbitmq");
        var redis = builder.AddRedis("redis");
        var assessment = builder.AddProject("assessment", "services/Assessment/Assessment.Api")
            .WithReference(database).WithReference(rabbitmq).WithReference(redis).WaitFor(database);
        var scheduling = builder.AddProject("scheduling", "services/Scheduling/Scheduling.Api");
        var gateway = builder.AddProject("gateway", "gateway")
            .WithReference(assessment).WithReference(scheduling).WithReference(redis)
            .WithHttpEndpoint(8080, "localhost");
        return (assessment, gateway);
    }
}
