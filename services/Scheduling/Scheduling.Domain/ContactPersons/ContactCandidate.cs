namespace CareServices.Scheduling.Domain.ContactPersons;

/// <summary>What is known about a staff member when ranking them as a recipient's contact person.</summary>
public sealed record ContactCandidate(
    Guid StaffId,
    string Name,
    string Zone,
    IReadOnlyCollection<string> Competences,
    IReadOnlyCollection<string> Languages,
    int Caseload,
    int VisitsToRecipient);
