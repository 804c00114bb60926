namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>Makes <see cref="EntryAuditedConsumer"/> fail until the test repairs it.</summary>
public sealed class FailureSwitch
{
    public volatile bool Failing;
}
