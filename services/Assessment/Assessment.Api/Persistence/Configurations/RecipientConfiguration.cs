using CareServices.Assessment.Domain.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public const string LegacyNationalId = "LegacyNationalId";

    public void Configure(EntityTypeBuilder<Recipient> recipient)
    {
        recipient.ToTable("recipients");
        recipient.HasKey(r => r.Id);
        recipient.Property(r => r.Id).ValueGeneratedNever();
        recipient.Property(r => r.MunicipalityId).HasMaxLength(4).IsRequired();
        recipient.Property(r => r.Name).HasMaxLength(200).IsRequired();
        recipient.Property(r => r.ProtectedNationalId).HasMaxLength(1000).IsRequired();
        recipient.Property(r => r.NationalIdHash).HasMaxLength(64).IsRequired();
        // An earlier release's national id in clear, until NationalIdSealing has sealed it at start; then always null.
        recipient.Property<string?>(LegacyNationalId).HasMaxLength(12);
        recipient.Property(r => r.Zone).HasMaxLength(100).IsRequired();
        recipient.Property(r => r.PreferredLanguage).HasMaxLength(8).IsRequired();
        recipient.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        recipient.Property(r => r.WelfareTechnology);
        recipient.Property(r => r.Version).IsConcurrencyToken();
        recipient.ComplexProperty(r => r.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.PostalCode).HasMaxLength(10);
            address.Property(a => a.City).HasMaxLength(100);
        });
        recipient.ComplexProperty(r => r.HomeNotes, notes =>
        {
            notes.Property(n => n.Pets).HasMaxLength(500);
            notes.Property(n => n.Aids).HasMaxLength(500);
            notes.Property(n => n.Other).HasMaxLength(2000);
        });
        recipient.ComplexProperty(r => r.KeyArrangement, key =>
        {
            key.Property(k => k.Kind).HasConversion<string>().HasMaxLength(20);
            key.Property(k => k.ProtectedCode).HasMaxLength(1000);
            key.Property(k => k.Location).HasMaxLength(200);
        });
        recipient.HasMany(r => r.ResourcePersons).WithOne().HasForeignKey(p => p.RecipientId).OnDelete(DeleteBehavior.Cascade);
        recipient.Navigation(r => r.ResourcePersons).UsePropertyAccessMode(PropertyAccessMode.Field);
        recipient.HasIndex(r => new { r.MunicipalityId, r.NationalIdHash }).IsUnique();
        recipient.HasIndex(r => new { r.MunicipalityId, r.Zone, r.Status });
    }
}
