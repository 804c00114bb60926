using CareServices.Documentation.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> entry)
    {
        entry.ToTable("access_log");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.MunicipalityId).HasMaxLength(4).IsRequired();
        entry.Property(e => e.StaffName).HasMaxLength(200).IsRequired();
        entry.Property(e => e.Role).HasMaxLength(40).IsRequired();
        entry.Property(e => e.What).HasMaxLength(60).IsRequired();
        entry.Property(e => e.Basis).HasMaxLength(40).IsRequired();
        entry.Property(e => e.EmergencyReason).HasMaxLength(EmergencyAccess.ReasonMaxLength);
        entry.HasIndex(e => new { e.RecipientId, e.At });
    }
}
