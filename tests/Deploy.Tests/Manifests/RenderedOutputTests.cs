namespace CareServices.Deploy.Tests.Manifests;

/// <summary>deploy/ is what the model renders today: a change to the model or a project's version shows up here.</summary>
public sealed class RenderedOutputTests
{
    [Fact]
    public void The_committed_deploy_folder_is_what_the_model_renders()
    {
        var rendered = DeployFolder.Render();
        var committed = DeployFolder.CommittedFiles();

        var missing = rendered.Keys.Except(committed).ToList();
        var stale = committed.Except(rendered.Keys).ToList();
        var changed = rendered.Keys.Intersect(committed)
            .Where(path => File.ReadAllText(Path.Combine(DeployFolder.Root, path)) != rendered[path])
            .ToList();

        Assert.True(missing.Count + stale.Count + changed.Count == 0,
            $"deploy/ is out of date with the AppHost's model. Re-render with `{DeployFolder.RenderCommand}` and commit it." +
            $"{Environment.NewLine}missing: {string.Join(", ", missing)}" +
            $"{Environment.NewLine}no longer rendered: {string.Join(", ", stale)}" +
            $"{Environment.NewLine}changed: {string.Join(", ", changed)}");
    }

    [Fact]
    public void Rendering_twice_gives_the_same_bytes()
    {
        var first = DeployFolder.Render();
        var second = DeployFolder.Render();

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, file => Assert.Equal(file.Value, second[file.Key]));
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), first.Keys);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Scripts_are_executable()
    {
        var scripts = DeployFolder.CommittedFiles().Where(path => path.EndsWith(".sh", StringComparison.Ordinal)).ToList();

        Assert.Equal(["build-images.sh", "create-secrets.sh"], scripts);
        Assert.All(scripts, script =>
            Assert.True(File.GetUnixFileMode(Path.Combine(DeployFolder.Root, script)).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable"));
    }
}
