namespace CareServices.AppHost.Orchestration;

/// <summary>One console line of a resource.</summary>
public sealed record LogLine(long Sequence, DateTimeOffset Timestamp, LogStream Stream, string Text);
