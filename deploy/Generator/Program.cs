using CareServices.Deploy.Generator;
using CareServices.Deploy.Generator.Manifest;

// deploy/ from the Aspire application model: the AppHost's manifest publisher writes aspire-manifest.json, and
// this renders it as Kustomize bases, overlays, Dockerfiles and scripts.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(PublishOptions.Usage);
    return 0;
}

PublishOptions options;
try
{
    options = PublishOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + PublishOptions.Usage);
    return 2;
}

var repositoryRoot = RepositoryRoot.Find(AppContext.BaseDirectory);
var output = Path.GetFullPath(options.OutputDirectory, repositoryRoot);
var manifest = options.Manifest is { } given ? Path.GetFullPath(given, repositoryRoot) : Path.Combine(output, AspireManifest.FileName);
if (options.Manifest is null && await AspireManifestPublisher.RunAsync(repositoryRoot, manifest) is var exitCode and not 0)
{
    await Console.Error.WriteLineAsync($"generator: the AppHost's manifest publisher failed ({exitCode}).");
    return 1;
}

var files = DeploymentPublisher.Render(AspireManifest.Load(manifest, repositoryRoot), repositoryRoot, options.Registry);
var removed = await DeploymentPublisher.WriteAsync(files, output);
Console.WriteLine($"generator: {files.Count} files in {output}" + (removed > 0 ? $", {removed} stale removed" : string.Empty));
return 0;
