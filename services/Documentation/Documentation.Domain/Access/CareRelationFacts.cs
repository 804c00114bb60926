namespace CareServices.Documentation.Domain.Access;

/// <summary>
/// What the read model knows about one staff member and one recipient at the moment of a read: the recipient's
/// contact persons, case worker and zone, the staff member's zone, and the planned starts of the visits they are
/// staffed on.
/// </summary>
public sealed record CareRelationFacts(
    Guid StaffId,
    bool ActsAsUnitLeader,
    string? StaffZone,
    string RecipientZone,
    Guid? PrimaryContactId,
    Guid? SecondaryContactId,
    Guid? CaseWorkerId,
    IReadOnlyCollection<DateTimeOffset> VisitStarts);
