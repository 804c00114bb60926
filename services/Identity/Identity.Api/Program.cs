using CareServices.Identity.Api;
using CareServices.ServiceDefaults;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.AddIdentityServices();

var app = builder.Build();

app.UseServiceProblemDetails();
app.UseCorrelationId();
// OpenIddict answers its endpoints (discovery, JWKS, token) from the authentication middleware.
app.UseAuthentication();
app.MapHealthEndpoints();

app.Run();

/// <summary>Entry point, public so integration tests can host the provider in-process.</summary>
public partial class Program;
