namespace CareServices.AppHost.Telemetry;

/// <summary>An instrument's name, unit and description as the exporter sent them.</summary>
public sealed record MetricDescriptor(string Name, string Unit, string Description);
