using CareServices.Documentation.Domain.Records;
using CareServices.Documentation.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class VisitReportConfiguration : IEntityTypeConfiguration<VisitReport>
{
    public void Configure(EntityTypeBuilder<VisitReport> report)
    {
        report.ToTable("visit_reports");
        report.HasKey(r => r.Id);
        report.Property(r => r.Id).ValueGeneratedNever();
        report.Property(r => r.MunicipalityId).HasMaxLength(4).IsRequired();
        report.Property(r => r.AuthorName).HasMaxLength(200).IsRequired();
        report.Property(r => r.Observations).HasMaxLength(TextLimits.MaxLength);
        report.Property(r => r.ConditionChange).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.ConditionDescription).HasMaxLength(TextLimits.MaxLength);
        report.OwnsMany(r => r.Tasks, tasks =>
        {
            tasks.ToJson();
            tasks.Property(t => t.Reason).HasConversion<string>();
        });
        report.HasIndex(r => new { r.RecipientId, r.VisitDate });
        // One first report per visit; everything after it is a correction that references it.
        report.HasIndex(r => r.VisitId).IsUnique().HasFilter("corrects_report_id IS NULL");
    }
}
