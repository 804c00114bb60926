using System.Security.Cryptography;

namespace CareServices.AppHost.Operations;

/// <summary>
/// The demo users of a local run (docs/security.md). Their password is made once per installation, at the identity
/// provider's first start, and kept in <see cref="PasswordFileName"/> (readable by its owner only) under the run's
/// data folder; the seed writes the users (<see cref="UsersFileName"/>, linked to the staff and recipients it made),
/// which the provider reads whenever the file changes. A published manifest has neither, so no cluster has demo users.
/// </summary>
public static class DemoUsers
{
    public const string UsersFileName = "demo-users.json";
    public const string PasswordFileName = "demo-password";

    /// <summary>The folder of the demo-user files in a run's data folder.</summary>
    public static string Folder(string dataDirectory) => Path.Combine(dataDirectory, "identity");

    public static IResourceBuilder<ProjectResource> WithDemoUsers(this IResourceBuilder<ProjectResource> provider, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (provider.ApplicationBuilder.ExecutionContext.IsPublishMode)
        {
            return provider;
        }

        var folder = Folder(dataDirectory);
        var passwordFile = Path.Combine(folder, PasswordFileName);
        provider.ApplicationBuilder.Eventing.Subscribe<BeforeResourceStartedEvent>(provider.Resource, (_, _) =>
        {
            Directory.CreateDirectory(folder);
            if (!File.Exists(passwordFile))
            {
                // Readable by its owner only from the moment it exists.
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }
                using var file = new FileStream(passwordFile, options);
                using var writer = new StreamWriter(file);
                writer.WriteLine(RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 20));
            }
            return Task.CompletedTask;
        });
        return provider
            .WithEnvironment("Identity__DemoUsersFile", Path.Combine(folder, UsersFileName))
            .WithEnvironment("Identity__DemoPasswordFile", passwordFile);
    }
}
