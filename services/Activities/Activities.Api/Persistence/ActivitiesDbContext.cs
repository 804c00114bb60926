using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Interests;
using CareServices.Activities.Domain.Organisers;
using CareServices.Activities.Domain.Recipients;
using CareServices.Activities.Domain.SignUps;
using CareServices.Activities.Domain.Volunteers;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Persistence;

public sealed class ActivitiesDbContext(DbContextOptions<ActivitiesDbContext> options) : DbContext(options)
{
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<PlannedVisit> PlannedVisits => Set<PlannedVisit>();
    public DbSet<Organiser> Organisers => Set<Organiser>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<SignUp> SignUps => Set<SignUp>();
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<VolunteerAssignment> VolunteerAssignments => Set<VolunteerAssignment>();
    public DbSet<InterestChecklist> InterestChecklists => Set<InterestChecklist>();
    public DbSet<ChecklistDueNotice> ChecklistDueNotices => Set<ChecklistDueNotice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ActivitiesDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
