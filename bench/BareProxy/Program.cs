using Yarp.ReverseProxy.Configuration;

// A bare YARP proxy: the one route the gateway benchmark loads, to the address the gateway would use
// (services:assessment:http:0, the Aspire service-discovery key), and no middleware of its own.
var builder = WebApplication.CreateBuilder(args);

var assessment = builder.Configuration["services:assessment:http:0"]
    ?? throw new InvalidOperationException("Set services__assessment__http__0 to the Assessment service's address.");

builder.Services.AddReverseProxy().LoadFromMemory(
    [
        new RouteConfig
        {
            RouteId = "assessment",
            ClusterId = "assessment",
            Match = new RouteMatch { Path = "/api/assessment/{**rest}" },
        },
    ],
    [
        new ClusterConfig
        {
            ClusterId = "assessment",
            Destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal)
            {
                ["assessment"] = new() { Address = assessment },
            },
        },
    ]);

var app = builder.Build();
app.MapReverseProxy();
app.Run();
