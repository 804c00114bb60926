using CareServices.Scheduling.Domain.Demand;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class DecisionStreamConfiguration : IEntityTypeConfiguration<DecisionStream>
{
    public void Configure(EntityTypeBuilder<DecisionStream> stream)
    {
        stream.ToTable("decision_streams");
        stream.HasKey(s => new { s.MunicipalityId, s.Number });
        stream.Property(s => s.MunicipalityId).HasMaxLength(4);
        stream.Property(s => s.Number).HasMaxLength(20);
    }
}
