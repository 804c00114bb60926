using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace CareServices.ServiceDefaults.Health;

/// <summary>
/// Writes a health report as JSON listing each check, so an operator sees which dependency is down, and the host's
/// version, so an operator sees which release of a service answers while services roll one at a time.
/// </summary>
public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };
    private static readonly ConcurrentDictionary<string, string> Versions = new(StringComparer.Ordinal);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            version = VersionOf(context.RequestServices.GetRequiredService<IHostEnvironment>().ApplicationName),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                description = entry.Value.Description ?? entry.Value.Exception?.GetType().Name,
                tags = entry.Value.Tags,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Options));
    }

    /// <summary>The host assembly's informational version: its project's <c>&lt;Version&gt;</c>, plus the commit when built from git.</summary>
    public static string VersionOf(string applicationName) =>
        Versions.GetOrAdd(applicationName, name =>
        {
            var assembly = Assembly.Load(new AssemblyName(name));
            return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "unknown";
        });
}
