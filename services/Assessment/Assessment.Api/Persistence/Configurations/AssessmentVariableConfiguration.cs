using CareServices.Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class AssessmentVariableConfiguration : IEntityTypeConfiguration<AssessmentVariable>
{
    public void Configure(EntityTypeBuilder<AssessmentVariable> variable)
    {
        variable.ToTable("assessment_variables");
        variable.HasKey(v => new { v.MunicipalityId, v.Code });
        variable.Property(v => v.MunicipalityId).HasMaxLength(4);
        variable.Property(v => v.Code).HasMaxLength(50);
        variable.Property(v => v.NameNb).HasMaxLength(200);
        variable.Property(v => v.NameSv).HasMaxLength(200);
        variable.Property(v => v.NameDa).HasMaxLength(200);
        variable.Property(v => v.NameEn).HasMaxLength(200);
        variable.Property(v => v.Group).HasMaxLength(50);
        variable.HasData(ReferenceData.Municipalities.SelectMany(m => DefaultVariables.For(m.Number)));
    }
}
