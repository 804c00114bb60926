using CareServices.AppHost.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CareServices.AppHost.Dashboard;

/// <summary>
/// Finds the build's static web asset manifests (Blazor's script, Fluent UI's styles), also when the AppHost runs
/// inside a test process whose own output folder does not hold them.
/// </summary>
internal static class StaticAssets
{
    private const string Runtime = "CareServices.AppHost.staticwebassets.runtime.json";
    private const string Endpoints = "CareServices.AppHost.staticwebassets.endpoints.json";

    public static void Configure(IWebHostBuilder webHost, string root, AppHostOptions options)
    {
        if (Find(root, options, Runtime) is { } runtime)
        {
            webHost.UseSetting(WebHostDefaults.StaticWebAssetsKey, runtime);
            webHost.UseStaticWebAssets();
        }
    }

    public static void Map(WebApplication app, string root, AppHostOptions options) =>
        app.MapStaticAssets(Find(root, options, Endpoints)).AllowAnonymous();

    private static string? Find(string root, AppHostOptions options, string file)
    {
        var here = Path.Combine(root, file);
        if (File.Exists(here))
        {
            return here;
        }

        try
        {
            var repository = RepositoryRoot.Resolve(options.RepositoryRoot);
            var configuration = options.Configuration ?? RepositoryRoot.OwnConfiguration();
            var built = Path.Combine(repository, "AppHost", "bin", configuration, "net10.0", file);
            return File.Exists(built) ? built : null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}
