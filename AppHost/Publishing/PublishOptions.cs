namespace CareServices.AppHost.Publishing;

/// <summary>What <c>dotnet run --project AppHost -- publish</c> was asked for.</summary>
public sealed record PublishOptions
{
    public const string DefaultRegistry = "registry.example.org/careservices";

    /// <summary>Where the manifests go (created when missing); a relative path is taken from the repository root.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The registry staging and production pull from; the dev overlay uses the locally built names.</summary>
    public string Registry { get; init; } = DefaultRegistry;

    public const string Usage = """
        Usage: dotnet run --project AppHost -- publish --output DIR [--registry HOST/PATH]
          --output DIR          where the Kubernetes manifests and Dockerfiles are written (relative: to the repository root)
          --registry HOST/PATH  image registry of the staging and production overlays
                                (default registry.example.org/careservices)
        """;

    public static PublishOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = null;
        var registry = DefaultRegistry;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            switch (arg)
            {
                case "--output" or "-o":
                    output = Value();
                    break;
                case "--registry":
                    registry = Value().TrimEnd('/');
                    break;
                default:
                    throw new ArgumentException($"Unknown publish option '{arg}'.");
            }
        }
        return new PublishOptions
        {
            OutputDirectory = output ?? throw new ArgumentException("publish needs --output DIR."),
            Registry = registry,
        };
    }
}
