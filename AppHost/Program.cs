using CareServices.AppHost;
using CareServices.AppHost.Hosting;
using CareServices.AppHost.Operations;
using Microsoft.Extensions.Configuration;

if (AppHostArguments.IsHelp(args))
{
    Console.WriteLine(AppHostArguments.Usage);
    return;
}

var builder = DistributedApplication.CreateBuilder(AppHostArguments.Normalize(args));

// PostgreSQL, RabbitMQ and Redis: the Debian binaries under DCP, or the official containers with --containers.
var servers = Servers.Add(builder);

// Tokens come from the identity provider; every service and the gateway trust its keys.
var authority = TokenAuthority.Add(builder);

// Each service's dead letters: counted on its resource, replayed or discarded with its commands.
var deadLetters = builder.AddDeadLetterMonitor(servers.RabbitMQ);

// A service owns its database and shares the broker and Redis; it gets any free port (the gateway is the entry).
IResourceBuilder<ProjectResource> AddService<TProject>(string name, string database)
    where TProject : IProjectMetadata, new()
{
    var db = servers.AddDatabase(database);
    var service = builder.AddProject<TProject>(name)
        .WithEndpoint("http", endpoint => endpoint.Port = null)
        .WithReference(db).WaitFor(db)
        .WithReference(servers.RabbitMQ).WaitFor(servers.RabbitMQ)
        .WithReference(servers.Redis).WaitFor(servers.Redis);
    return authority.Trust(service)
        .WithHttpHealthCheck("/health")
        .WithDeadLetterCommands(deadLetters, authority);
}

// Its key ring and national-id hash key are encrypted or keyed with files that are not in its database.
var assessment = AddService<Projects.Assessment_Api>("assessment", "assessmentdb")
    .WithAtRestKeys(Servers.DataDirectory(builder));
var scheduling = AddService<Projects.Scheduling_Api>("scheduling", "schedulingdb");
// Scheduling reads the day's key codes from Assessment with its own client credential (docs/security.md).
authority.WithClient(scheduling.WithReference(assessment), roles: ["KeyCodes.Read"]);
var documentation = AddService<Projects.Documentation_Api>("documentation", "documentationdb");
var activities = AddService<Projects.Activities_Api>("activities", "activitiesdb");
// Locally, e-mail and SMS go to the sink, which keeps each message as a file.
var notifications = AddService<Projects.Notifications_Api>("notifications", "notificationsdb")
    .WithLocalSink(Servers.DataDirectory(builder));

// The gateway: the one public entry, on http://localhost:8080 (--gateway-port), started once every service is ready.
var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithEndpoint("http", endpoint => endpoint.Port = builder.Configuration.GetValue<int?>(AppHostArguments.GatewayPortKey) switch
    {
        null => endpoint.Port,
        0 => null,
        var port => port,
    })
    .WithReference(assessment).WaitFor(assessment)
    .WithReference(scheduling).WaitFor(scheduling)
    .WithReference(documentation).WaitFor(documentation)
    .WithReference(activities).WaitFor(activities)
    .WithReference(notifications).WaitFor(notifications)
    .WithReference(servers.Redis).WaitFor(servers.Redis)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();
// Its POST /dev/token asks the provider for development tokens with the gateway's own client.
authority.WithClient(authority.Trust(gateway), roles: [], developmentTokens: true);

builder.Build().Run();
