using CareServices.Activities.Domain.Calendar;

namespace CareServices.Activities.Domain.Matching;

/// <summary>An activity suggested for a recipient at its first suitable occurrence, with the score and the reasons behind it.</summary>
public sealed record ActivitySuggestion(Guid ActivityId, string Title, ActivityCategory Category, Occurrence Occurrence, int Score, IReadOnlyList<string> Reasons);
