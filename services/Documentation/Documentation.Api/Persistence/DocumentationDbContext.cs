using CareServices.Documentation.Domain.Recipients;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Persistence;

public sealed class DocumentationDbContext(DbContextOptions<DocumentationDbContext> options) : DbContext(options)
{
    public DbSet<Recipient> Recipients => Set<Recipient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocumentationDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
