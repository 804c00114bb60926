using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.ServiceDefaults.Tests.Ledger;

public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : DbContext(options)
{
    public DbSet<Entry> Entries => Set<Entry>();
    public DbSet<Effect> Effects => Set<Effect>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Entry>().ToTable("entries").Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<Effect>().ToTable("effects").HasIndex(e => e.EntryId);
        modelBuilder.Entity<Account>().ToTable("accounts").Property(a => a.Id).ValueGeneratedNever();
        modelBuilder.AddOutboxAndInbox();
    }
}
