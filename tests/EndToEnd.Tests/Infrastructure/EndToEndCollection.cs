namespace CareServices.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every end-to-end class shares one running system: it starts a dozen processes, and two sets at once on a small
/// machine would measure the machine, not the application.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<AppHostFixture>
{
    public const string Name = "End to end";
}
