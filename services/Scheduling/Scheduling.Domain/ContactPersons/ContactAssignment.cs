namespace CareServices.Scheduling.Domain.ContactPersons;

/// <summary>
/// A recipient's primary and secondary contact person (primærkontakt, sekundærkontakt). The acting contact is the
/// primary, or the secondary while the primary is away more than <see cref="TakeoverAfterDays"/> days.
/// </summary>
public sealed class ContactAssignment
{
    public const int TakeoverAfterDays = 28;

    private ContactAssignment()
    {
    }

    public Guid RecipientId { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid PrimaryStaffId { get; private set; }
    public Guid? SecondaryStaffId { get; private set; }
    public Guid ActingStaffId { get; private set; }
    public DateOnly Since { get; private set; }

    /// <summary>
    /// 1 when assigned, one more with each change that publishes <c>ContactPersonAssigned</c>; the concurrency token,
    /// and the event's <c>AggregateVersion</c>, by which read models keep the newest assignment.
    /// </summary>
    public int Version { get; private set; }

    public bool SecondaryActing => SecondaryStaffId is { } secondary && ActingStaffId == secondary && secondary != PrimaryStaffId;

    public static ContactAssignment Assign(string municipalityId, Guid recipientId, Guid primary, Guid? secondary, DateOnly since) => new()
    {
        RecipientId = recipientId,
        MunicipalityId = municipalityId,
        PrimaryStaffId = primary,
        SecondaryStaffId = secondary,
        ActingStaffId = primary,
        Since = since,
        Version = 1,
    };

    public void Reassign(Guid primary, Guid? secondary, DateOnly since)
    {
        PrimaryStaffId = primary;
        SecondaryStaffId = secondary;
        ActingStaffId = primary;
        Since = since;
        Version++;
    }

    /// <summary>
    /// Applies the takeover rule for <paramref name="today"/>, given how many consecutive days the primary's
    /// absence around today lasts (0 when present). Returns the reason when the acting contact changed.
    /// </summary>
    public string? ApplyTakeoverRule(int primaryAbsenceDays, DateOnly today)
    {
        if (primaryAbsenceDays > TakeoverAfterDays && SecondaryStaffId is { } secondary && ActingStaffId != secondary)
        {
            ActingStaffId = secondary;
            Since = today;
            Version++;
            return "secondaryTakeover";
        }
        if (primaryAbsenceDays == 0 && ActingStaffId != PrimaryStaffId)
        {
            ActingStaffId = PrimaryStaffId;
            Since = today;
            Version++;
            return "primaryReturned";
        }
        return null;
    }
}
