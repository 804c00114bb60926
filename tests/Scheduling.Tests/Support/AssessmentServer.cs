using CareServices.Assessment.Api.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareServices.Scheduling.Tests.Support;

/// <summary>Assessment on a loopback port (Scheduling reaches it over HTTP through service discovery), logging into <paramref name="logs"/>.</summary>
public sealed class AssessmentServer : WebApplicationFactory<AssessmentDbContext>
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly CapturedLogs _logs;

    public AssessmentServer(IReadOnlyDictionary<string, string> settings, CapturedLogs logs)
    {
        _settings = settings;
        _logs = logs;
        UseKestrel();
        StartServer();
    }

    public string Url => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Kestrel on a port of its choosing, set as the app's URL: UseKestrel(0) rewrites the server's addresses after
        // the build, racing a minimal-hosting app that already binds them (dotnet/aspnetcore#67714).
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(_logs));
    }
}
