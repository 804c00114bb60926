using CareServices.Notifications.Domain.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Notifications.Api.Persistence.Configurations;

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> recipient)
    {
        recipient.ToTable("recipients");
        recipient.HasKey(r => r.Id);
        recipient.Property(r => r.Id).ValueGeneratedNever();
        recipient.Property(r => r.MunicipalityId).HasMaxLength(4).IsRequired();
        recipient.Property(r => r.Name).HasMaxLength(200).IsRequired();
        recipient.Property(r => r.PreferredLanguage).HasMaxLength(8);
        recipient.Property(r => r.Zone).HasMaxLength(100).IsRequired();
        recipient.HasIndex(r => r.MunicipalityId);
        recipient.OwnsMany(r => r.InformedPersons, person =>
        {
            person.ToTable("informed_persons");
            person.WithOwner().HasForeignKey("RecipientId");
            person.HasKey("RecipientId", nameof(InformedPerson.Id));
            person.Property(p => p.Id).ValueGeneratedNever();
            person.Property(p => p.Name).HasMaxLength(200).IsRequired();
            person.Property(p => p.Relation).HasMaxLength(100).IsRequired();
            person.Property(p => p.Phone).HasMaxLength(30);
            person.Property(p => p.Email).HasMaxLength(200);
        });
    }
}
