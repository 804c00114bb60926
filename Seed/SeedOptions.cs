namespace CareServices.Seed;

/// <summary>The seed's options; <see cref="DemoUsersFile"/> is where the identity provider reads the demo users (none written without it).</summary>
public sealed record SeedOptions(Uri Gateway, int Recipients, string? DemoUsersFile)
{
    public static SeedOptions? Parse(string[] args)
    {
        Uri? gateway = null;
        var recipients = 100;
        string? demoUsers = null;
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--gateway" when Uri.TryCreate(args[i + 1], UriKind.Absolute, out var uri):
                    gateway = uri;
                    break;
                case "--recipients" when int.TryParse(args[i + 1], out var n) && n is > 0 and <= 5000:
                    recipients = n;
                    break;
                case "--demo-users" when args[i + 1].Length > 0:
                    demoUsers = args[i + 1];
                    break;
                default:
                    return null;
            }
        }
        return gateway is null || args.Length % 2 != 0 ? null : new SeedOptions(gateway, recipients, demoUsers);
    }
}
