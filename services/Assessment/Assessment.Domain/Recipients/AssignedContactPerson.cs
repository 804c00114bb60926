namespace CareServices.Assessment.Domain.Recipients;

/// <summary>
/// Who Scheduling assigned as the recipient's contact persons (from ContactPersonAssigned): the primary, the
/// secondary, and the one acting now (the secondary while the primary is away). Letters name the acting one.
/// Each event carries the whole state and Scheduling's version of it, so the newest event wins and an older one
/// arriving late changes nothing (the consumer writes the row in one statement).
/// </summary>
public sealed class AssignedContactPerson
{
    private AssignedContactPerson()
    {
    }

    public Guid RecipientId { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid PrimaryStaffId { get; private set; }
    public string PrimaryName { get; private set; } = "";
    public Guid? SecondaryStaffId { get; private set; }
    public string? SecondaryName { get; private set; }
    public Guid ActingStaffId { get; private set; }
    public string ActingName { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }

    /// <summary>Scheduling's version of the assignment applied here; 0 when only events from a release before versions were.</summary>
    public int Version { get; private set; }
}
