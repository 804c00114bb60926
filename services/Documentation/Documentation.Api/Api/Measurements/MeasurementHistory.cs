using CareServices.Documentation.Domain.Measurements;

namespace CareServices.Documentation.Api.Api.Measurements;

/// <summary>Every measurement, newest first, with the weight trend and the latest nutrition risk.</summary>
public sealed record MeasurementHistory(IReadOnlyList<MeasurementResponse> Measurements, WeightTrend? WeightTrend, string? NutritionRisk);
