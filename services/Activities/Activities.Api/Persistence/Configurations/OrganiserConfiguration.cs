using CareServices.Activities.Domain.Organisers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Activities.Api.Persistence.Configurations;

internal sealed class OrganiserConfiguration : IEntityTypeConfiguration<Organiser>
{
    public void Configure(EntityTypeBuilder<Organiser> organiser)
    {
        organiser.ToTable("organisers");
        organiser.HasKey(o => o.Id);
        organiser.Property(o => o.Id).ValueGeneratedNever();
        organiser.Property(o => o.MunicipalityId).HasMaxLength(4).IsRequired();
        organiser.Property(o => o.Name).HasMaxLength(200).IsRequired();
        organiser.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        organiser.Property(o => o.ContactPerson).HasMaxLength(200).IsRequired();
        organiser.Property(o => o.Phone).HasMaxLength(40).IsRequired();
        organiser.HasIndex(o => o.MunicipalityId);
    }
}
