namespace CareServices.Documentation.Api.Api.Measurements;

/// <summary>
/// The MNA-SF items and their points: <c>foodIntakeDecline</c> (0–2), <c>weightLoss</c> (0–3), <c>mobility</c> (0–2),
/// <c>stressOrAcuteDisease</c> (0–2), <c>neuropsychologicalProblems</c> (0–2), <c>bmiOrCalfCircumference</c> (0–3).
/// </summary>
public sealed record NutritionScreeningRequest(Dictionary<string, int>? Items, DateTimeOffset? MeasuredAt);
