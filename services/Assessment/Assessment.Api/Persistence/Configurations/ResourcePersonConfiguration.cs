using CareServices.Assessment.Domain.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class ResourcePersonConfiguration : IEntityTypeConfiguration<ResourcePerson>
{
    public void Configure(EntityTypeBuilder<ResourcePerson> person)
    {
        person.ToTable("resource_persons");
        person.HasKey(p => p.Id);
        person.Property(p => p.Id).ValueGeneratedNever();
        person.Property(p => p.Name).HasMaxLength(200).IsRequired();
        person.Property(p => p.Relation).HasMaxLength(100).IsRequired();
        person.Property(p => p.Phone).HasMaxLength(30);
        person.Property(p => p.Email).HasMaxLength(200);
    }
}
