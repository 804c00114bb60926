using System.Text.Json;
using CareServices.Assessment.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class FunctionalAssessmentConfiguration : IEntityTypeConfiguration<FunctionalAssessment>
{
    private static readonly JsonSerializerOptions Json = ServiceDefaults.Json.JsonExtensions.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public void Configure(EntityTypeBuilder<FunctionalAssessment> assessment)
    {
        assessment.ToTable("functional_assessments");
        assessment.HasKey(a => a.Id);
        assessment.Property(a => a.Id).ValueGeneratedNever();
        assessment.Property(a => a.MunicipalityId).HasMaxLength(4);
        assessment.Property(a => a.AssessedBy).HasMaxLength(200);
        // An assessment is recorded once and read whole; its scores are one document.
        assessment.Property(a => a.Scores)
            .HasColumnType("jsonb")
            .HasConversion(
                scores => JsonSerializer.Serialize(scores, Json),
                json => JsonSerializer.Deserialize<List<VariableScore>>(json, Json)!,
                new ValueComparer<List<VariableScore>>((a, b) => a!.SequenceEqual(b!), s => s.Count, s => s.ToList()));
        assessment.HasIndex(a => new { a.RecipientId, a.AssessedOn });
        assessment.HasIndex(a => new { a.MunicipalityId, a.AssessedOn });
    }
}
