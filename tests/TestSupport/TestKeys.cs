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
        // Key material of a finished run is of no use to anyone: it goes with the process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Still open somewhere at exit; the temporary folder's own clean-up takes it.
            }
        };
        return folder;
    });

    public static string Directory => Folder.Value;

    /// <summary>The configuration keys a host needs to find them.</summary>
    public static IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [AtRestKeys.KeyDirectoryKey] = Directory,
    };
}
