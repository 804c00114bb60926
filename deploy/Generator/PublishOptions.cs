namespace CareServices.Deploy.Generator;

/// <summary>What <c>dotnet run --project deploy/Generator</c> was asked for.</summary>
public sealed record PublishOptions
{
    public const string DefaultRegistry = "registry.example.org/careservices";

    /// <summary>Where the manifests go (created when missing); a relative path is taken from the repository root.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The registry staging and production pull from; the dev overlay uses the locally built names.</summary>
    public string Registry { get; init; } = DefaultRegistry;

    /// <summary>An Aspire manifest to render; when null the AppHost writes a fresh one to <c>&lt;output&gt;/aspire-manifest.json</c> first.</summary>
    public string? Manifest { get; init; }

    public const string Usage = """
        Usage: dotnet run --project deploy/Generator -- --output DIR [--registry HOST/PATH] [--manifest FILE]
          --output DIR          where the Kubernetes manifests and Dockerfiles are written (relative: to the repository root)
          --manifest FILE       render this Aspire manifest instead of asking the AppHost for a fresh one
          --registry HOST/PATH  image registry of the staging and production overlays
                                (default registry.example.org/careservices)
        """;

    public static PublishOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = null;
        var registry = DefaultRegistry;
        string? manifest = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            switch (arg)
            {
                case "--output" or "-o":
                    output = Value();
                    break;
                case "--manifest":
                    manifest = Value();
                    break;
                case "--registry":
                    registry = Value().TrimEnd('/');
                    break;
                default:
                    throw new ArgumentException($"Unknown generator option '{arg}'.");
            }
        }
        return new PublishOptions
        {
            OutputDirectory = output ?? throw new ArgumentException("The generator needs --output DIR."),
            Registry = registry,
            Manifest = manifest,
        };
    }
}
