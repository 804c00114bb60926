using CareServices.Notifications.Domain.Activities;
using CareServices.Notifications.Domain.Alerts;
using CareServices.Notifications.Domain.Delivery;
using CareServices.Notifications.Domain.Preferences;
using CareServices.Notifications.Domain.Recipients;
using CareServices.Notifications.Domain.Staff;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Persistence;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Preference> Preferences => Set<Preference>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<ActivitySignUp> ActivitySignUps => Set<ActivitySignUp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
