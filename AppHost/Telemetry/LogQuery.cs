namespace CareServices.AppHost.Telemetry;

/// <summary>The structured-log filters: resource, lowest level, trace id, text in the message or category.</summary>
public sealed record LogQuery(string? Resource = null, LogSeverity MinimumSeverity = LogSeverity.Trace, string? TraceId = null, string? Text = null)
{
    public bool Matches(StoredLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Severity >= MinimumSeverity
               && (string.IsNullOrEmpty(Resource) || string.Equals(log.Resource, Resource, StringComparison.Ordinal))
               && (string.IsNullOrWhiteSpace(TraceId) || string.Equals(log.TraceId, TraceId.Trim(), StringComparison.OrdinalIgnoreCase))
               && (string.IsNullOrWhiteSpace(Text)
                   || log.Message.Contains(Text, StringComparison.OrdinalIgnoreCase)
                   || log.Category.Contains(Text, StringComparison.OrdinalIgnoreCase));
    }
}
