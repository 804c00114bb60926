using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class DecisionCounterConfiguration : IEntityTypeConfiguration<DecisionCounter>
{
    public void Configure(EntityTypeBuilder<DecisionCounter> counter)
    {
        counter.ToTable("decision_counters");
        counter.HasKey(c => new { c.MunicipalityId, c.Year });
        counter.Property(c => c.MunicipalityId).HasMaxLength(4);
    }
}
