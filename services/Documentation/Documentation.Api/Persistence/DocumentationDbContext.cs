using CareServices.Documentation.Domain.Access;
using CareServices.Documentation.Domain.Deviations;
using CareServices.Documentation.Domain.Journal;
using CareServices.Documentation.Domain.Measurements;
using CareServices.Documentation.Domain.Plans;
using CareServices.Documentation.Domain.Recipients;
using CareServices.Documentation.Domain.Reports;
using CareServices.Documentation.Domain.Staff;
using CareServices.Documentation.Domain.Visits;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Persistence;

public sealed class DocumentationDbContext(DbContextOptions<DocumentationDbContext> options) : DbContext(options)
{
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<EmergencyAccess> EmergencyAccesses => Set<EmergencyAccess>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<JournalNote> JournalNotes => Set<JournalNote>();
    public DbSet<VisitReport> VisitReports => Set<VisitReport>();
    public DbSet<ImplementationPlan> ImplementationPlans => Set<ImplementationPlan>();
    public DbSet<DecisionRecord> Decisions => Set<DecisionRecord>();
    public DbSet<Deviation> Deviations => Set<Deviation>();
    public DbSet<Measurement> Measurements => Set<Measurement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("btree_gin");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocumentationDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
