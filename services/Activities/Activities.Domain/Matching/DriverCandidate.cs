namespace CareServices.Activities.Domain.Matching;

/// <summary>A driver volunteer and the occurrences (UTC) they already drive to.</summary>
public sealed record DriverCandidate(Volunteers.Volunteer Volunteer, IReadOnlyList<Calendar.Occurrence> Busy);
