namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>The state change whose events the outbox carries.</summary>
public sealed class Entry
{
    public Guid Id { get; set; }
    public int Value { get; set; }
}
