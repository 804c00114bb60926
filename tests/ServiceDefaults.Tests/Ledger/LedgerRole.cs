namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>What a ledger host runs: its outbox dispatcher, its consumers, or both (the default in one process).</summary>
[Flags]
public enum LedgerRole
{
    Publisher = 1,
    Consumer = 2,
    Both = Publisher | Consumer,
}
