using CareServices.Assessment.Domain.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class RecipientEndingConfiguration : IEntityTypeConfiguration<RecipientEnding>
{
    public void Configure(EntityTypeBuilder<RecipientEnding> ending)
    {
        ending.ToTable("recipient_endings");
        ending.HasKey(e => e.Id);
        ending.Property(e => e.MunicipalityId).HasMaxLength(4);
        ending.Property(e => e.Reason).HasConversion<string>().HasMaxLength(20);
        ending.Property(e => e.Note).HasMaxLength(2000);
        ending.Property(e => e.EndedBy).HasMaxLength(200);
        ending.HasIndex(e => e.RecipientId);
    }
}
