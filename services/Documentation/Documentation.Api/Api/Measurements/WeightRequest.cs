namespace CareServices.Documentation.Api.Api.Measurements;

public sealed record WeightRequest(decimal? WeightKg, DateTimeOffset? MeasuredAt);
