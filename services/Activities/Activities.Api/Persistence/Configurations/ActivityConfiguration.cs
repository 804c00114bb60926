using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Organisers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Activities.Api.Persistence.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> activity)
    {
        activity.ToTable("activities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.MunicipalityId).HasMaxLength(4).IsRequired();
        activity.HasOne<Organiser>().WithMany().HasForeignKey(a => a.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        activity.Property(a => a.Title).HasMaxLength(200).IsRequired();
        activity.Property(a => a.Category).HasConversion<string>().HasMaxLength(40);
        activity.Property(a => a.Description).HasMaxLength(4000);
        activity.Property(a => a.Zone).HasMaxLength(100);
        activity.Property(a => a.Language).HasMaxLength(8);
        activity.Property(a => a.Cost).HasPrecision(10, 2);
        activity.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        activity.Property(a => a.CancellationReason).HasMaxLength(500);
        activity.ComplexProperty(a => a.Place, place =>
        {
            place.Property(p => p.Name).HasColumnName("place_name").HasMaxLength(200);
            place.Property(p => p.Address).HasColumnName("place_address").HasMaxLength(300);
            place.Property(p => p.Latitude).HasColumnName("place_latitude");
            place.Property(p => p.Longitude).HasColumnName("place_longitude");
            place.Property(p => p.WheelchairAccessible).HasColumnName("place_wheelchair_accessible");
            place.Property(p => p.HearingLoop).HasColumnName("place_hearing_loop");
        });
        activity.ComplexProperty(a => a.Schedule, schedule =>
        {
            // Local wall-clock times of the activity's time zone: the recurrence is expanded there, not in UTC.
            schedule.Property(s => s.LocalStart).HasColumnName("local_start").HasColumnType("timestamp without time zone");
            schedule.Property(s => s.LocalEnd).HasColumnName("local_end").HasColumnType("timestamp without time zone");
            schedule.Property(s => s.TimeZone).HasColumnName("time_zone").HasMaxLength(64);
            schedule.Property(s => s.Recurrence).HasColumnName("recurrence").HasMaxLength(500);
        });
        activity.Property<List<DateTimeOffset>>("_cancelledOccurrences").HasColumnName("cancelled_occurrences");
        activity.Ignore(a => a.CancelledOccurrences);
        activity.Property<uint>("xmin").IsRowVersion();
        activity.HasIndex(a => new { a.MunicipalityId, a.Status });
    }
}
