namespace CareServices.Activities.Domain.Interests;

/// <summary>
/// That <c>InterestChecklistDue</c> was published for a recipient's current checklist cycle (the one after
/// <see cref="LastChecklistId"/>, or <see cref="Guid.Empty"/> when none was ever done), so it is published once.
/// </summary>
public sealed class ChecklistDueNotice : IMunicipalityOwned
{
    private ChecklistDueNotice()
    {
    }

    public Guid RecipientId { get; private set; }
    public Guid LastChecklistId { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public DateTimeOffset NotifiedAt { get; private set; }

    public static ChecklistDueNotice Sent(string municipalityId, Guid recipientId, Guid? lastChecklistId, DateOnly dueOn, DateTimeOffset now) => new()
    {
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        LastChecklistId = lastChecklistId ?? Guid.Empty,
        DueOn = dueOn,
        NotifiedAt = now,
    };
}
