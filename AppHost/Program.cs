using CareServices.AppHost.Model;
using CareServices.AppHost.Orchestration;
using CareServices.AppHost.Publishing;

namespace CareServices.AppHost;

/// <summary>The one place that declares the distributed application: servers, databases, services, gateway.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == PublishCommand.Verb)
        {
            return await PublishCommand.RunAsync(args[1..], Declare, Console.Out, Console.Error);
        }

        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(AppHostCommandLine.Usage);
            Console.WriteLine(PublishOptions.Usage);
            return 0;
        }

        DistributedApplicationBuilder builder;
        try
        {
            builder = DistributedApplication.CreateBuilder(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + AppHostCommandLine.Usage);
            return 2;
        }

        Declare(builder);
        await using var app = builder.Build();
        return await app.RunAsync();
    }

    /// <summary>The application model; <see cref="AppHostRunner"/> starts the very same one for tests.</summary>
    public static void Declare(DistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Servers
        var postgres = builder.AddPostgres("postgres");
        var rabbitmq = builder.AddRabbitMQ("rabbitmq");
        var redis = builder.AddRedis("redis");

        // One database per service: a service owns its data.
        var assessmentDb = postgres.AddDatabase("assessmentdb");
        var schedulingDb = postgres.AddDatabase("schedulingdb");
        var documentationDb = postgres.AddDatabase("documentationdb");
        var activitiesDb = postgres.AddDatabase("activitiesdb");
        var notificationsDb = postgres.AddDatabase("notificationsdb");

        // Services: each with its database, the broker and Redis.
        ProjectResource AddService(string name, string path, PostgresDatabaseResource database) =>
            builder.AddProject(name, path)
                .WithReference(database).WithReference(rabbitmq).WithReference(redis)
                .WaitFor(database).WaitFor(rabbitmq).WaitFor(redis);

        var assessment = AddService("assessment", "services/Assessment/Assessment.Api", assessmentDb);
        var scheduling = AddService("scheduling", "services/Scheduling/Scheduling.Api", schedulingDb);
        var documentation = AddService("documentation", "services/Documentation/Documentation.Api", documentationDb);
        var activities = AddService("activities", "services/Activities/Activities.Api", activitiesDb);
        var notifications = AddService("notifications", "services/Notifications/Notifications.Api", notificationsDb);

        // Gateway: the one public entry, on a stable address, started once every service is ready.
        builder.AddProject("gateway", "gateway")
            .WithReference(assessment).WithReference(scheduling).WithReference(documentation)
            .WithReference(activities).WithReference(notifications).WithReference(redis)
            .WaitFor(assessment).WaitFor(scheduling).WaitFor(documentation)
            .WaitFor(activities).WaitFor(notifications).WaitFor(redis)
            .WithHttpEndpoint(port: builder.Options.GatewayPort, host: "localhost");
    }
}
