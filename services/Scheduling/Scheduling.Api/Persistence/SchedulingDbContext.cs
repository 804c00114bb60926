using CareServices.Scheduling.Domain.ContactPersons;
using CareServices.Scheduling.Domain.Demand;
using CareServices.Scheduling.Domain.Planning;
using CareServices.Scheduling.Domain.Recipients;
using CareServices.Scheduling.Domain.Staff;
using CareServices.Scheduling.Domain.Visits;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Persistence;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options)
{
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<RosterShift> RosterShifts => Set<RosterShift>();
    public DbSet<StaffAbsence> StaffAbsences => Set<StaffAbsence>();
    public DbSet<CareTask> CareTasks => Set<CareTask>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<ContactAssignment> ContactAssignments => Set<ContactAssignment>();
    public DbSet<Unavailability> Unavailability => Set<Unavailability>();
    public DbSet<StaffPreference> StaffPreferences => Set<StaffPreference>();
    public DbSet<PlanRun> PlanRuns => Set<PlanRun>();
    public DbSet<DecisionStream> DecisionStreams => Set<DecisionStream>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchedulingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
