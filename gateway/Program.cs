using CareServices.Gateway;
using CareServices.Gateway.Development;
using CareServices.Gateway.Health;
using CareServices.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.UseCors();
// Who is calling (a valid token or not) first, then the limiter counts the request, and only then may authorization
// refuse it: refused requests are limited too.
app.UseAuthentication();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapServicesHealth();
// A development gateway without a development client (a cluster's dev overlay) has no /dev/token either.
if (app.Environment.IsDevelopment() && DevTokenApi.CanIssue(app.Services))
{
    app.MapDevTokens();
}
if (app.Environment.IsDevelopment() && DemoSignInApi.CanSignIn(app.Services))
{
    app.MapDemoSignIn();
}
app.MapReverseProxy();

app.Run();

/// <summary>Entry point, public so integration tests can host the gateway in-process.</summary>
public partial class Program;
