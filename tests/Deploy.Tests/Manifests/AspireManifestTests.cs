using System.Diagnostics;
using CareServices.Deploy.Generator.Manifest;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>deploy/ is rendered from the Aspire manifest; the committed manifest is what the AppHost publishes today.</summary>
public sealed class AspireManifestTests
{
    [Fact]
    public async Task The_committed_aspire_manifest_is_what_the_apphost_publishes()
    {
        var folder = Directory.CreateTempSubdirectory("aspire-manifest-");
        try
        {
            // The same relative position as deploy/, so project paths in the manifest read the same.
            var fresh = Path.Combine(TestSupport.RepositoryRoot.Path, "deploy", $".fresh-{Guid.NewGuid():N}.json");
            var appHost = Path.Combine(TestSupport.RepositoryRoot.Path, "AppHost", "bin", Configuration, "net10.0", "CareServices.AppHost.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.FullName };
            foreach (var argument in new[] { appHost, "--operation", "publish", "--publisher", "manifest", "--output-path", fresh })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            try
            {
                Assert.True(process.ExitCode == 0, output);
                Assert.True(
                    await File.ReadAllTextAsync(fresh) == await File.ReadAllTextAsync(Path.Combine(DeployFolder.Root, AspireManifest.FileName)),
                    $"deploy/{AspireManifest.FileName} is out of date with the AppHost. Re-render with `{DeployFolder.RenderCommand}` and commit it.");
            }
            finally
            {
                File.Delete(fresh);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_manifest_gives_every_service_its_database_the_broker_redis_and_the_identity_provider_and_the_gateway_every_service()
    {
        var model = DeployFolder.Model();

        Assert.Equal(["postgres", "rabbitmq", "redis"], model.Servers.Select(s => s.Name));
        foreach (var service in model.Projects.Where(p => p.Name is not "gateway" and not "identity"))
        {
            Assert.Equal(
                [new ConnectionReference($"{service.Name}db", ServerKind.Postgres), new ConnectionReference("rabbitmq", ServerKind.RabbitMQ), new ConnectionReference("redis", ServerKind.Redis)],
                service.ConnectionReferences.OrderBy(c => c.Kind));
            Assert.Equal("http://identity", service.Environment["Authentication__Jwt__Authority"]);
        }

        var gateway = Assert.Single(model.Projects, p => p.Name == "gateway");
        Assert.Equal(["activities", "assessment", "documentation", "identity", "notifications", "scheduling"], gateway.ServiceReferences);
    }

    private static string Configuration =>
        typeof(AspireManifestTests).Assembly.Location.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
}
