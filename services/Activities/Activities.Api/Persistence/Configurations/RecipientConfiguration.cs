using CareServices.Activities.Domain.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Activities.Api.Persistence.Configurations;

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> recipient)
    {
        recipient.ToTable("recipients");
        recipient.HasKey(r => r.Id);
        recipient.Property(r => r.Id).ValueGeneratedNever();
        recipient.Property(r => r.MunicipalityId).HasMaxLength(4).IsRequired();
        recipient.Property(r => r.Name).HasMaxLength(200).IsRequired();
        recipient.Property(r => r.Zone).HasMaxLength(100).IsRequired();
        recipient.Property(r => r.PreferredLanguage).HasMaxLength(8);
        recipient.Property(r => r.ContactPersonName).HasMaxLength(200);
        recipient.HasIndex(r => new { r.MunicipalityId, r.Zone });
    }
}
