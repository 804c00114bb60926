namespace CareServices.Notifications.Domain.Recipients;

/// <summary>
/// Notifications' view of a recipient: who is told about changes and in which language. Fed by Assessment's events.
/// </summary>
public sealed class Recipient
{
    private readonly List<InformedPerson> _informedPersons = [];

    private Recipient()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string PreferredLanguage { get; private set; } = "";

    /// <summary>The care zone, which decides whose staff are told (the zone's planner, nurse, case workers).</summary>
    public string Zone { get; private set; } = "";

    /// <summary>Who may be told about changes: only those the recipient consents to.</summary>
    public IReadOnlyList<InformedPerson> InformedPersons => _informedPersons;

    /// <summary>When the newest event applied here happened, so a later update can tell a stale event from a new one.</summary>
    public DateTimeOffset AsOf { get; private set; }

    /// <summary>The primary contact (primærkontakt) Scheduling named: who does the interest checklist with the recipient.</summary>
    public Guid? PrimaryContactId { get; private set; }

    /// <summary>Who the recipient and relatives turn to now: the primary, or the secondary while the primary is away.</summary>
    public Guid? ActingContactId { get; private set; }

    /// <summary>When the contact persons applied here were set, so a stale assignment changes nothing.</summary>
    public DateTimeOffset? ContactsAsOf { get; private set; }

    public static Recipient Registered(Guid id, string municipalityId, string name, string preferredLanguage, string zone, DateTimeOffset asOf) => new()
    {
        Id = id,
        MunicipalityId = municipalityId,
        Name = name,
        PreferredLanguage = preferredLanguage,
        Zone = zone,
        AsOf = asOf,
    };

    /// <summary>
    /// Takes the current state from a <c>RecipientUpdated</c>. Events can arrive out of order, so one that is not newer
    /// than what is applied here changes nothing; returns whether it applied.
    /// </summary>
    public bool Update(string name, string preferredLanguage, string zone, IReadOnlyCollection<InformedPerson> informedPersons, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return false;
        }
        Name = name;
        PreferredLanguage = preferredLanguage;
        Zone = zone;
        ReplaceInformedPersons(informedPersons);
        AsOf = asOf;
        return true;
    }

    /// <summary>Takes the contact persons from a <c>ContactPersonAssigned</c> unless a newer assignment is applied; returns whether it applied.</summary>
    public bool AssignContacts(Guid primary, Guid acting, DateTimeOffset asOf)
    {
        if (ContactsAsOf is { } applied && asOf <= applied)
        {
            return false;
        }
        PrimaryContactId = primary;
        ActingContactId = acting;
        ContactsAsOf = asOf;
        return true;
    }

    /// <summary>Keeps the rows of people still named (updated in place), drops the others and adds the new ones.</summary>
    private void ReplaceInformedPersons(IReadOnlyCollection<InformedPerson> current)
    {
        var byId = current.ToDictionary(p => p.Id);
        _informedPersons.RemoveAll(p => !byId.ContainsKey(p.Id));
        foreach (var person in _informedPersons)
        {
            person.CopyFrom(byId[person.Id]);
            byId.Remove(person.Id);
        }
        _informedPersons.AddRange(byId.Values);
    }
}
