namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>A read model row kept by <see cref="BalanceChangedConsumer"/> the way the services keep theirs.</summary>
public sealed class Account
{
    public Guid Id { get; set; }
    public int Balance { get; set; }
    public DateTimeOffset AsOf { get; set; }
    public int Version { get; set; }
}
