using CareServices.Documentation.Domain.Measurements;

namespace CareServices.Documentation.Api.Api.Measurements;

public sealed record MeasurementResponse(
    Guid Id, MeasurementKind Kind, DateTimeOffset MeasuredAt, decimal? WeightKg, IReadOnlyDictionary<string, int>? Items, int? Score, string? Risk,
    Guid RecordedBy, string RecordedByName)
{
    public static MeasurementResponse From(Measurement m) => new(
        m.Id, m.Kind, m.MeasuredAt, m.WeightKg, m.Kind == MeasurementKind.NutritionScreening ? m.Items.ToDictionary(i => i.Name, i => i.Score) : null,
        m.Score, m.Score is { } score ? NutritionScreening.Risk(score) : null, m.RecordedBy, m.RecordedByName);
}
