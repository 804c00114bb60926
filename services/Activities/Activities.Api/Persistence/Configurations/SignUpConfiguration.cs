using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.SignUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Activities.Api.Persistence.Configurations;

internal sealed class SignUpConfiguration : IEntityTypeConfiguration<SignUp>
{
    public void Configure(EntityTypeBuilder<SignUp> signUp)
    {
        signUp.ToTable("sign_ups");
        signUp.HasKey(s => s.Id);
        signUp.Property(s => s.Id).ValueGeneratedNever();
        signUp.Property(s => s.MunicipalityId).HasMaxLength(4).IsRequired();
        signUp.HasOne<Activity>().WithMany().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Restrict);
        signUp.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        signUp.Property(s => s.Transport).HasConversion<string>().HasMaxLength(20);
        signUp.Property(s => s.SignedUpBy).HasMaxLength(200);
        signUp.Ignore(s => s.IsActive);
        signUp.HasIndex(s => new { s.ActivityId, s.OccurrenceStart, s.Status });
        // One live sign-up per recipient and occurrence: a second request is a conflict, not a second seat.
        signUp.HasIndex(s => new { s.ActivityId, s.OccurrenceStart, s.RecipientId }).IsUnique().HasFilter("status <> 'Cancelled'");
        signUp.HasIndex(s => new { s.RecipientId, s.OccurrenceStart });
        signUp.HasIndex(s => new { s.DriverVolunteerId, s.OccurrenceStart });
    }
}
