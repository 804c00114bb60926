using CareServices.Assessment.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class AccessRecordConfiguration : IEntityTypeConfiguration<AccessRecord>
{
    public void Configure(EntityTypeBuilder<AccessRecord> record)
    {
        record.ToTable("access_records");
        record.HasKey(r => r.Id);
        record.Property(r => r.Id).UseIdentityAlwaysColumn();
        record.Property(r => r.MunicipalityId).HasMaxLength(4);
        record.Property(r => r.Subject).HasMaxLength(200);
        record.Property(r => r.Role).HasMaxLength(50);
        record.Property(r => r.What).HasMaxLength(100);
        record.HasIndex(r => new { r.MunicipalityId, r.RecipientId, r.At });
    }
}
