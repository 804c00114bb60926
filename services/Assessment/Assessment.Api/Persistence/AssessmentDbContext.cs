using CareServices.Assessment.Domain.Appeals;
using CareServices.Assessment.Domain.Assessments;
using CareServices.Assessment.Domain.Auditing;
using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.FollowUp;
using CareServices.Assessment.Domain.Goals;
using CareServices.Assessment.Domain.Intake;
using CareServices.Assessment.Domain.Municipalities;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Persistence;

public sealed class AssessmentDbContext(DbContextOptions<AssessmentDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<ResourcePerson> ResourcePersons => Set<ResourcePerson>();
    public DbSet<AccessRecord> AccessRecords => Set<AccessRecord>();
    public DbSet<ServiceType> ServiceTypes => Set<ServiceType>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<AdvanceNotice> AdvanceNotices => Set<AdvanceNotice>();
    public DbSet<RecipientEnding> RecipientEndings => Set<RecipientEnding>();
    public DbSet<AssignedContactPerson> AssignedContactPersons => Set<AssignedContactPerson>();
    public DbSet<DecisionCounter> DecisionCounters => Set<DecisionCounter>();
    public DbSet<IntakeConversation> IntakeConversations => Set<IntakeConversation>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<AssessmentVariable> AssessmentVariables => Set<AssessmentVariable>();
    public DbSet<FunctionalAssessment> FunctionalAssessments => Set<FunctionalAssessment>();
    public DbSet<VisitMinutes> VisitMinutes => Set<VisitMinutes>();
    public DbSet<PreventiveVisit> PreventiveVisits => Set<PreventiveVisit>();
    public DbSet<PreventiveVisitCandidate> PreventiveVisitCandidates => Set<PreventiveVisitCandidate>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssessmentDbContext).Assembly);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.AddOutboxAndInbox();
    }
}
