using CareServices.Documentation.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class DecisionRecordConfiguration : IEntityTypeConfiguration<DecisionRecord>
{
    public void Configure(EntityTypeBuilder<DecisionRecord> decision)
    {
        decision.ToTable("decisions");
        decision.HasKey(d => new { d.MunicipalityId, d.Number });
        decision.Property(d => d.MunicipalityId).HasMaxLength(4);
        decision.Property(d => d.Number).HasMaxLength(40);
        decision.HasIndex(d => d.RecipientId);
        // Two replicas taking versions 2 and 3 of one decision at once must not both commit on the same base: the
        // later commit is refused, and its retry reads the version the other wrote.
        decision.Property<uint>("xmin").IsRowVersion();
    }
}
