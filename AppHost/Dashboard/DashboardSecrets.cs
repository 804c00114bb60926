using CareServices.AppHost.Dashboard.Access;
using CareServices.AppHost.Telemetry;

namespace CareServices.AppHost.Dashboard;

/// <summary>The run's login token (printed) and OTLP key (given only to the projects).</summary>
public sealed record DashboardSecrets(DashboardToken LoginToken, OtlpApiKey OtlpKey);
