using CareServices.Assessment.Domain.Appeals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> appeal)
    {
        appeal.ToTable("appeals");
        appeal.HasKey(a => a.Id);
        appeal.Property(a => a.MunicipalityId).HasMaxLength(4);
        appeal.Property(a => a.DecisionNumber).HasMaxLength(30);
        appeal.Property(a => a.Grounds).HasMaxLength(4000);
        appeal.Property(a => a.AppealBody).HasMaxLength(200);
        appeal.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        appeal.Property(a => a.Reconsideration).HasConversion<string>().HasMaxLength(20);
        appeal.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        appeal.Property(a => a.ReconsiderationNote).HasMaxLength(4000);
        appeal.Property(a => a.OutcomeNote).HasMaxLength(4000);
        appeal.Property(a => a.RegisteredBy).HasMaxLength(200);
        appeal.Ignore(a => a.IsOpen);
        appeal.HasIndex(a => new { a.MunicipalityId, a.Status, a.ReceivedOn });
        appeal.HasIndex(a => a.DecisionId);
    }
}
