namespace CareServices.Documentation.Domain.Recipients;

/// <summary>
/// Documentation's view of a recipient: who a journal belongs to and which zone's staff have a care relation.
/// Fed by Assessment's events.
/// </summary>
public sealed class Recipient
{
    private Recipient()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public string Zone { get; private set; } = "";
    public string PreferredLanguage { get; private set; } = "";

    /// <summary>When the newest event applied here happened, so a later update can tell a stale event from a new one.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public Guid? PrimaryContactId { get; private set; }
    public Guid? SecondaryContactId { get; private set; }

    /// <summary>When the applied contact-person assignment happened (Scheduling's events, ordered apart from Assessment's).</summary>
    public DateTimeOffset? ContactsAsOf { get; private set; }

    public static Recipient Registered(Guid id, string municipalityId, string name, DateOnly birthDate, string zone, string preferredLanguage, DateTimeOffset asOf) => new()
    {
        Id = id,
        MunicipalityId = municipalityId,
        Name = name,
        BirthDate = birthDate,
        Zone = zone,
        PreferredLanguage = preferredLanguage,
        AsOf = asOf,
    };

    /// <summary>
    /// Takes the current state from a <c>RecipientUpdated</c>. Events can arrive out of order, so one that is not newer
    /// than what is applied here changes nothing; returns whether it applied.
    /// </summary>
    public bool Update(string name, DateOnly birthDate, string zone, string preferredLanguage, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return false;
        }
        Name = name;
        BirthDate = birthDate;
        Zone = zone;
        PreferredLanguage = preferredLanguage;
        AsOf = asOf;
        return true;
    }

    /// <summary>Takes Scheduling's current contact persons; an assignment not newer than the applied one changes nothing.</summary>
    public bool AssignContactPersons(Guid primary, Guid? secondary, DateTimeOffset asOf)
    {
        if (ContactsAsOf is { } applied && asOf <= applied)
        {
            return false;
        }
        PrimaryContactId = primary;
        SecondaryContactId = secondary;
        ContactsAsOf = asOf;
        return true;
    }
}
