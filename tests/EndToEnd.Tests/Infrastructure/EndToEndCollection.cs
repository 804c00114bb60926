namespace CareServices.EndToEnd.Tests.Infrastructure;

/// <summary>
/// End-to-end classes run one after another: each starts a dozen processes, and two sets at once on a small
/// machine would measure the machine, not the application.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection
{
    public const string Name = "End to end";
}
