using CareServices.Gateway;
using CareServices.Gateway.Development;
using CareServices.Gateway.RateLimiting;
using CareServices.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.UseCors();
app.MapDefaultEndpoints();
app.UseRateLimiter();
if (app.Environment.IsDevelopment())
{
    app.MapDevTokens();
}
app.MapReverseProxy().RequireRateLimiting(PerUserRateLimit.PolicyName);

app.Run();

/// <summary>Entry point, public so integration tests can host the gateway in-process.</summary>
public partial class Program;
