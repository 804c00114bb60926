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

// Every service and the gateway trust tokens signed with one key made per run.
var jwtSigningKey = builder.AddJwtSigningKey("jwt-signing-key");

// Each service's dead letters: counted on its resource, replayed or discarded with its commands.
var deadLetters = builder.AddDeadLetterMonitor(servers.RabbitMQ);

// A service owns its database and shares the broker and Redis; it gets any free port (the gateway is the entry).
IResourceBuilder<ProjectResource> AddService<TProject>(string name, string database)
    where TProject : IProjectMetadata, new()
{
    var db = servers.AddDatabase(database);
    return builder.AddProject<TProject>(name)
        .WithEndpoint("http", endpoint => endpoint.Port = null)
        .WithReference(db).WaitFor(db)
        .WithReference(servers.RabbitMQ).WaitFor(servers.RabbitMQ)
        .WithReference(servers.Redis).WaitFor(servers.Redis)
        .WithJwtAuthentication(jwtSigningKey)
        .WithHttpHealthCheck("/health")
        .WithDeadLetterCommands(deadLetters, jwtSigningKey);
}

var assessment = AddService<Projects.Assessment_Api>("assessment", "assessmentdb");
var scheduling = AddService<Projects.Scheduling_Api>("scheduling", "schedulingdb");
var documentation = AddService<Projects.Documentation_Api>("documentation", "documentationdb");
var activities = AddService<Projects.Activities_Api>("activities", "activitiesdb");
var notifications = AddService<Projects.Notifications_Api>("notifications", "notificationsdb");

// The gateway: the one public entry, on http://localhost:8080 (--gateway-port), started once every service is ready.
builder.AddProject<Projects.Gateway>("gateway")
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
    .WithJwtAuthentication(jwtSigningKey)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
