namespace CareServices.Assessment.Domain.Recipients;

/// <summary>
/// Who Scheduling assigned as the recipient's contact persons (from ContactPersonAssigned): the primary, the
/// secondary, and the one acting now (the secondary while the primary is away). Letters name the acting one.
/// Each event carries the whole state, so the newest event wins and an older one arriving late changes nothing.
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

    public static AssignedContactPerson For(string municipalityId, Guid recipientId) => new()
    {
        RecipientId = recipientId,
        MunicipalityId = municipalityId,
        AssignedAt = DateTimeOffset.MinValue,
    };

    /// <summary>Takes the event's state when it is newer than what is kept; false when it is not.</summary>
    public bool Apply(
        (Guid Id, string Name) primary, (Guid Id, string Name)? secondary, (Guid Id, string Name) acting, DateOnly effectiveFrom, DateTimeOffset assignedAt)
    {
        if (assignedAt <= AssignedAt)
        {
            return false;
        }
        (PrimaryStaffId, PrimaryName) = primary;
        SecondaryStaffId = secondary?.Id;
        SecondaryName = secondary?.Name;
        (ActingStaffId, ActingName) = acting;
        EffectiveFrom = effectiveFrom;
        AssignedAt = assignedAt;
        return true;
    }
}
