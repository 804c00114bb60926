using CareServices.ServiceDefaults.Tests.Ledger;
using CareServices.TestSupport;

namespace CareServices.ServiceDefaults.Tests;

/// <summary>Gives each test class its own ledger database and virtual host on the shared servers.</summary>
public abstract class LedgerTestBase : IAsyncLifetime
{
    protected IsolatedServers Servers { get; private set; } = null!;
    protected string Database { get; private set; } = null!;
    protected LedgerWriter Ledger { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Servers = await IsolatedServers.CreateAsync();
        Database = Servers.Database("ledgerdb");
        await LedgerHost.MigrateAsync(Database);
        Ledger = new LedgerWriter(Database);
    }

    public async Task DisposeAsync() => await Servers.DisposeAsync();
}
