namespace CareServices.Activities.Domain.Matching;

/// <summary>A volunteer suggested for a recipient (or, with <see cref="Excluded"/>, one left out), with the reasons.</summary>
public sealed record VolunteerSuggestion(Guid VolunteerId, string Name, int Score, bool Excluded, IReadOnlyList<string> Reasons);
