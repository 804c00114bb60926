using CareServices.ServiceDefaults.DataProtection;

namespace CareServices.TestSupport;

/// <summary>
/// The at-rest keys (key-ring certificate, national-id hash key) of this test run: made once in a folder of their
/// own, as the AppHost makes them under <c>.data/</c> and a cluster mounts them from a Secret.
/// </summary>
public static class TestKeys
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"careservices-test-keys-{Environment.ProcessId}");
        AtRestKeys.CreateMissing(folder);
        return folder;
    });

    public static string Directory => Folder.Value;

    /// <summary>The configuration keys a host needs to find them.</summary>
    public static IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [AtRestKeys.KeyDirectoryKey] = Directory,
    };
}
