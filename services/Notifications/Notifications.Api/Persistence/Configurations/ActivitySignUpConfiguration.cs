using CareServices.Notifications.Domain.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Notifications.Api.Persistence.Configurations;

internal sealed class ActivitySignUpConfiguration : IEntityTypeConfiguration<ActivitySignUp>
{
    public void Configure(EntityTypeBuilder<ActivitySignUp> signUp)
    {
        signUp.ToTable("activity_sign_ups");
        signUp.HasKey(s => s.Id);
        signUp.Property(s => s.Id).ValueGeneratedNever();
        signUp.Property(s => s.MunicipalityId).HasMaxLength(4).IsRequired();
        signUp.Property(s => s.Title).HasMaxLength(200).IsRequired();
        signUp.Property(s => s.PlaceName).HasMaxLength(200).IsRequired();
        signUp.Ignore(s => s.AwaitsReminder);
        signUp.Ignore(s => s.ReminderEventId);
        signUp.HasIndex(s => s.ActivityId);
        // The reminder rounds only scan seats still owed a reminder.
        signUp.HasIndex(s => s.OccurrenceStart).HasFilter("confirmed AND ended_at IS NULL AND reminded_at IS NULL").HasDatabaseName("ix_activity_sign_ups_due");
    }
}
