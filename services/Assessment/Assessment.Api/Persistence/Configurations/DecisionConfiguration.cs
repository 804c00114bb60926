using CareServices.Assessment.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> decision)
    {
        decision.ToTable("decisions");
        decision.HasKey(d => d.Id);
        decision.Property(d => d.Id).ValueGeneratedNever();
        decision.Property(d => d.MunicipalityId).HasMaxLength(4);
        decision.Property(d => d.Number).HasMaxLength(20);
        decision.Property(d => d.LegalBasis).HasMaxLength(300);
        decision.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        decision.Property(d => d.Reason).HasMaxLength(4000);
        decision.Property(d => d.DecidedBy).HasMaxLength(200);
        decision.ComplexProperty(d => d.ContactPerson, contact =>
        {
            contact.Property(c => c.Name).HasMaxLength(200);
            contact.Property(c => c.Phone).HasMaxLength(30);
        });
        // Two case workers granting versions of one decision at once: the second save fails instead of both winning.
        decision.Property<uint>("RowVersion").IsRowVersion();
        decision.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.Cascade);
        decision.Navigation(d => d.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        decision.HasIndex(d => new { d.MunicipalityId, d.Number, d.Version }).IsUnique();
        decision.HasIndex(d => new { d.RecipientId, d.Status });
        decision.HasIndex(d => new { d.MunicipalityId, d.Status, d.ValidTo });
    }
}
