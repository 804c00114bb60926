using CareServices.AppHost.Model;
using CareServices.AppHost.Orchestration;

namespace CareServices.AppHost.Publishing;

/// <summary><c>dotnet run --project AppHost -- publish --output deploy/</c>: the model rendered for a cluster.</summary>
public static class PublishCommand
{
    public const string Verb = "publish";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, Action<DistributedApplicationBuilder> declare, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(declare);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Contains("--help") || args.Contains("-h"))
        {
            await output.WriteLineAsync(PublishOptions.Usage);
            return 0;
        }

        PublishOptions options;
        try
        {
            options = PublishOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync(e.Message + Environment.NewLine + PublishOptions.Usage);
            return 2;
        }

        var builder = new DistributedApplicationBuilder(new AppHostOptions());
        declare(builder);
        IReadOnlyDictionary<string, string> files;
        string outputDirectory;
        try
        {
            var repositoryRoot = RepositoryRoot.Resolve(null);
            // `dotnet run --project` starts the AppHost in its own folder, so a relative path means the repository's.
            outputDirectory = Path.GetFullPath(options.OutputDirectory, repositoryRoot);
            files = DeploymentPublisher.Render(builder.Resources, repositoryRoot, options.Registry);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            await error.WriteLineAsync($"publish: {e.Message}");
            return 1;
        }
        var removed = await DeploymentPublisher.WriteAsync(files, outputDirectory);
        await output.WriteLineAsync($"publish: {files.Count} files in {outputDirectory}" + (removed > 0 ? $", {removed} stale removed" : ""));
        return 0;
    }
}
