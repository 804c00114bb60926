using CareServices.AppHost.Orchestration;

namespace CareServices.AppHost.Tests;

public sealed class AppHostCommandLineTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Defaults_are_the_gateway_on_8080_in_Development_with_own_persistent_servers()
    {
        var options = AppHostCommandLine.Parse([], NoEnvironment);

        Assert.Equal(8080, options.GatewayPort);
        Assert.Equal("Development", options.EnvironmentName);
        Assert.Null(options.ExternalServers);
        Assert.True(options.PersistentServers);
        Assert.Null(options.OtlpEndpoint);
    }

    [Fact]
    public void The_gateway_port_comes_from_the_environment_and_the_command_line_wins()
    {
        Func<string, string?> environment = name => name == "CARESERVICES_GATEWAY_PORT" ? "9090" : null;

        Assert.Equal(9090, AppHostCommandLine.Parse([], environment).GatewayPort);
        Assert.Equal(9191, AppHostCommandLine.Parse(["--gateway-port", "9191"], environment).GatewayPort);
    }

    [Fact]
    public void External_servers_are_read_from_the_environment()
    {
        var values = new Dictionary<string, string>
        {
            ["CARESERVICES_POSTGRES"] = "Host=127.0.0.1;Port=1",
            ["CARESERVICES_RABBITMQ"] = "amqp://guest:guest@127.0.0.1:2/",
            ["CARESERVICES_RABBITMQ_MANAGEMENT"] = "http://127.0.0.1:3/",
            ["CARESERVICES_REDIS"] = "127.0.0.1:4",
        };

        var options = AppHostCommandLine.Parse(["--external-servers", "--no-persistence"], values.GetValueOrDefault);

        Assert.Equal("127.0.0.1:4", options.ExternalServers?.Redis);
        Assert.False(options.PersistentServers);
    }

    [Theory]
    [InlineData("--gateway-port", "eighty")]
    [InlineData("--gateway-port")]
    [InlineData("--external-servers")]
    [InlineData("--unknown")]
    public void Bad_options_are_refused_with_a_reason(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => AppHostCommandLine.Parse(args, NoEnvironment));

        Assert.NotEmpty(error.Message);
    }
}
