using CareServices.Assessment.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class ServiceTypeConfiguration : IEntityTypeConfiguration<ServiceType>
{
    public void Configure(EntityTypeBuilder<ServiceType> service)
    {
        service.ToTable("service_types");
        service.HasKey(s => new { s.MunicipalityId, s.Code });
        service.Property(s => s.MunicipalityId).HasMaxLength(4);
        service.Property(s => s.Code).HasMaxLength(50);
        service.Property(s => s.NameNb).HasMaxLength(200);
        service.Property(s => s.NameSv).HasMaxLength(200);
        service.Property(s => s.NameDa).HasMaxLength(200);
        service.Property(s => s.NameEn).HasMaxLength(200);
        service.Property(s => s.DefaultCompetence).HasConversion<string>().HasMaxLength(30);
        service.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        service.HasData(ReferenceData.Municipalities.SelectMany(m => DefaultCatalogue.Entries.Select(e => ServiceType.Create(m.Number, e))));
    }
}
