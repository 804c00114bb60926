using System.Diagnostics;
using System.Text.RegularExpressions;
using CareServices.ServiceDefaults.DataProtection;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>
/// Assessment's at-rest keys (key-ring certificate, national-id hash key) reach its pod as files from its own Secret,
/// never from its database, and what create-secrets.sh makes is what the service loads.
/// </summary>
public sealed partial class AtRestKeyTests
{
    [Fact]
    public void Assessment_mounts_its_own_at_rest_key_secret_read_only_where_its_configuration_points()
    {
        var deployment = DeployFolder.Deployment("assessment");
        var directory = DeployFolder.ConfigMap("assessment", "assessment-config").Data["DataProtection__KeyDirectory"];

        var mount = Assert.Single(deployment.Spec.Template.Spec.Containers.Single().VolumeMounts, m => m.MountPath == directory);
        Assert.True(mount.ReadOnlyProperty);
        var volume = Assert.Single(deployment.Spec.Template.Spec.Volumes, v => v.Name == mount.Name);
        Assert.Equal("assessment-at-rest-keys", volume.Secret.SecretName);
        Assert.Equal(0b100_100_000, volume.Secret.DefaultMode);
    }

    [Fact]
    public void No_other_service_can_mount_the_at_rest_keys()
    {
        var mounting = DeployFolder.Objects<k8s.Models.V1Deployment>("base/")
            .Where(d => (d.Spec.Template.Spec.Volumes ?? []).Any(v => v.Secret?.SecretName?.EndsWith("-at-rest-keys", StringComparison.Ordinal) == true))
            .Select(d => d.Metadata.Name);

        Assert.Equal(["assessment"], mounting);
    }

    [Fact]
    public void The_keys_create_secrets_makes_with_openssl_load_as_the_service_loads_them()
    {
        var script = File.ReadAllText(Path.Combine(DeployFolder.Root, "create-secrets.sh"));
        Assert.Contains("at_rest_keys assessment-at-rest-keys", script, StringComparison.Ordinal);
        // The recipe between `local keys` and the kubectl call, run as the script runs it, into a folder of our own.
        var recipe = Recipe().Match(script);
        Assert.True(recipe.Success, "create-secrets.sh has no at_rest_keys recipe");
        var folder = Directory.CreateTempSubdirectory("at-rest-keys-");
        try
        {
            using var bash = Process.Start(new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", $"keys='{folder.FullName}'\n{recipe.Groups["recipe"].Value}"])
            {
                RedirectStandardError = true,
            })!;
            var error = bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            Assert.True(bash.ExitCode == 0, error);

            var keys = AtRestKeys.Load(folder.FullName);

            Assert.True(keys.KeyRingCertificate.HasPrivateKey);
            Assert.Equal(32, keys.NationalIdHashKey.Length);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"keys=\$\(mktemp -d\)\n(?<recipe>(?:.|\n)*?)\n\s*kubectl -n")]
    private static partial Regex Recipe();
}
