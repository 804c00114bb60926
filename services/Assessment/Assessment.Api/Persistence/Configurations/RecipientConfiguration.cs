using CareServices.Assessment.Domain.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> recipient)
    {
        recipient.ToTable("recipients");
        recipient.HasKey(r => r.Id);
        recipient.Property(r => r.Id).ValueGeneratedNever();
        recipient.Property(r => r.MunicipalityId).HasMaxLength(4).IsRequired();
        recipient.Property(r => r.Name).HasMaxLength(200).IsRequired();
        recipient.Property(r => r.NationalId).HasMaxLength(11).IsRequired();
        recipient.Property(r => r.Zone).HasMaxLength(100).IsRequired();
        recipient.Property(r => r.PreferredLanguage).HasMaxLength(8).IsRequired();
        recipient.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        recipient.ComplexProperty(r => r.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.PostalCode).HasMaxLength(10);
            address.Property(a => a.City).HasMaxLength(100);
        });
        recipient.HasIndex(r => new { r.MunicipalityId, r.NationalId }).IsUnique();
        recipient.HasIndex(r => new { r.MunicipalityId, r.Zone });
    }
}
