using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CareServices.ServiceDefaults.Tests.Ledger;

internal sealed class LedgerDbContextFactory : IDesignTimeDbContextFactory<LedgerDbContext>
{
    public LedgerDbContext CreateDbContext(string[] args) => Create("Host=localhost;Database=ledgerdb");

    public static LedgerDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<LedgerDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);
}
