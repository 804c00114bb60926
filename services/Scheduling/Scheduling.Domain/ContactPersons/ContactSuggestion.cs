namespace CareServices.Scheduling.Domain.ContactPersons;

/// <summary>A ranked candidate with the score and the reasons behind it, in words a planner reads.</summary>
public sealed record ContactSuggestion(Guid StaffId, string Name, int Score, int Caseload, IReadOnlyList<string> Reasons);
