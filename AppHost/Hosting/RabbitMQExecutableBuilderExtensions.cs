using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace CareServices.AppHost.Hosting;

/// <summary><c>AddRabbitMQ(...).WithManagementPlugin()</c> for machines without a container runtime.</summary>
public static class RabbitMQExecutableBuilderExtensions
{
    /// <summary>
    /// Adds a RabbitMQ node with the management plugin, run from <c>/usr/lib/rabbitmq/bin</c> with every path in
    /// <c>&lt;dataDirectory&gt;/&lt;name&gt;</c> and its own Erlang port mapper (a child resource), all on loopback.
    /// Healthy once AMQP accepts a connection and the management API answers.
    /// </summary>
    public static IResourceBuilder<RabbitMQExecutableResource> AddRabbitMQExecutable(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var directory = Path.Combine(dataDirectory, name);
        var ports = LocalServerPorts.Load(dataDirectory);
        int amqp = ports.For(name), management = ports.For(name + "-management"), distribution = ports.For(name + "-dist"), epmd = ports.For(name + "-epmd");
        var server = new RabbitMQExecutableResource(name, Path.Combine(DebianPackages.RabbitMQBin, "rabbitmq-server"), directory);

        // The node's own port mapper, bound to loopback: RabbitMQ would otherwise start one that outlives it.
        var mapper = builder.AddExecutable(name + "-epmd", "epmd", directory, "-port", Text(epmd), "-address", "127.0.0.1")
            .WithParentRelationship(server)
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithIconName("PlugConnected");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, (_, _) =>
        {
            DebianPackages.Require(server.Command, "rabbitmq-server");
            WriteConfiguration(directory, amqp, management);
            return Task.CompletedTask;
        });

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
        {
            try
            {
                var factory = new ConnectionFactory { Uri = new Uri(await server.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty) };
                await using (await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false))
                {
                }

                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(server.ManagementEndpoint.Url), "api/overview"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RabbitMQExecutableResource.UserName}:{RabbitMQExecutableResource.Password}")));
                using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                return response.IsSuccessStatusCode
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy($"The management API answered {(int)response.StatusCode}.");
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or HttpRequestException or TaskCanceledException or IOException)
            {
                return HealthCheckResult.Unhealthy(e.Message, e);
            }
        });

        return builder.AddResource(server)
            .WithEndpoint(RabbitMQExecutableResource.PrimaryEndpointName, endpoint => Fixed(endpoint, amqp, "tcp"))
            .WithEndpoint(RabbitMQExecutableResource.ManagementEndpointName, endpoint => Fixed(endpoint, management, "http"))
            .WithEnvironment(context =>
            {
                var environment = context.EnvironmentVariables;
                environment["HOME"] = Path.Combine(directory, "home");
                environment["RABBITMQ_NODENAME"] = $"{name}@localhost";
                environment["RABBITMQ_USE_LONGNAME"] = "false";
                environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                environment["RABBITMQ_NODE_PORT"] = Text(amqp);
                // The default (AMQP port + 20000) would leave the port range; an explicit one also keeps it on loopback.
                environment["RABBITMQ_DIST_PORT"] = Text(distribution);
                environment["ERL_EPMD_PORT"] = Text(epmd);
                environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
                environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
                environment["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf");
                environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq.conf");
                environment["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config");
                environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins");
                environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia");
                environment["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log");
                environment["RABBITMQ_PID_FILE"] = Path.Combine(directory, "rabbitmq.pid");
            })
            .WithUrlForEndpoint(RabbitMQExecutableResource.ManagementEndpointName, url => url.DisplayText = "Management UI (guest/guest)")
            .WithIconName("Mailbox")
            .WaitForStart(mapper)
            .WithHealthCheck(healthCheck);
    }

    private static void WriteConfiguration(string directory, int amqp, int management)
    {
        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(directory, folder));
        }

        File.WriteAllText(Path.Combine(directory, "rabbitmq-env.conf"), string.Empty);
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[rabbitmq_management].\n");
        // listeners.tcp.default would listen on every interface; the numbered form keeps AMQP on loopback. The node
        // logs to its console, which DCP hands to the dashboard.
        File.WriteAllText(Path.Combine(directory, "rabbitmq.conf"), $"""
            listeners.tcp.1 = 127.0.0.1:{amqp}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {management}
            loopback_users.guest = true
            log.console = true
            log.console.level = info
            log.file = false

            """);
    }

    private static void Fixed(EndpointAnnotation endpoint, int port, string scheme)
    {
        endpoint.Port = port;
        endpoint.TargetPort = port;
        endpoint.UriScheme = scheme;
        endpoint.IsProxied = false;
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
