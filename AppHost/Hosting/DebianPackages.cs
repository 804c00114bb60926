namespace CareServices.AppHost.Hosting;

/// <summary>Where the Debian packages put the server binaries, and the line that installs them when they are missing.</summary>
internal static class DebianPackages
{
    public const string InstallLine =
        "sudo sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql rabbitmq-server redis-server'";

    public const string RabbitMQBin = "/usr/lib/rabbitmq/bin";

    /// <summary>The newest <c>/usr/lib/postgresql/&lt;version&gt;/bin</c> (initdb and postgres are not on PATH).</summary>
    public static string PostgresBin =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")))
                .OrderBy(bin => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : new Version(0, 0))
                .LastOrDefault() ?? "/usr/lib/postgresql/15/bin"
            : "/usr/lib/postgresql/15/bin";

    /// <summary>Fails the resource's start with the apt-get line when <paramref name="executable"/> is not installed.</summary>
    public static void Require(string executable, string package)
    {
        var found = Path.IsPathRooted(executable)
            ? File.Exists(executable)
            : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, executable)));
        if (!found)
        {
            throw new DistributedApplicationException(
                $"{executable} was not found: the Debian package {package} is not installed. Install the servers as root:{Environment.NewLine}  {InstallLine}");
        }
    }
}
