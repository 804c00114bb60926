using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareServices.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every console line of every resource, as the AppHost forwards them to its own logging (one category per resource,
/// <c>CareServices.AppHost.Resources.&lt;name&gt;</c>), kept for the whole run so tests can scan what was logged.
/// </summary>
public sealed class ResourceLogs : ILoggerProvider
{
    private const string Prefix = "CareServices.AppHost.Resources.";
    private readonly ConcurrentQueue<ResourceLogLine> _lines = new();

    public IReadOnlyList<ResourceLogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName)
    {
        ArgumentNullException.ThrowIfNull(categoryName);
        return categoryName.StartsWith(Prefix, StringComparison.Ordinal)
            ? new Capture(_lines, categoryName[Prefix.Length..])
            : NullLogger.Instance;
    }

    public void Dispose()
    {
    }

    private sealed class Capture(ConcurrentQueue<ResourceLogLine> lines, string resource) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new ResourceLogLine(resource, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));
    }
}

public sealed record ResourceLogLine(string Resource, string Text);
