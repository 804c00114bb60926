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

    /// <summary>When the newest event applied here happened.</summary>
    public DateTimeOffset AsOf { get; private set; }

    /// <summary>The primary contact (primærkontakt) Scheduling named: who does the interest checklist with the recipient.</summary>
    public Guid? PrimaryContactId { get; private set; }

    /// <summary>Who the recipient and relatives turn to now: the primary, or the secondary while the primary is away.</summary>
    public Guid? ActingContactId { get; private set; }

    /// <summary>When the contact persons applied here were set, so a stale assignment changes nothing.</summary>
    public DateTimeOffset? ContactsAsOf { get; private set; }

    /// <summary>
    /// Scheduling's version of the contact persons applied here (0 before any versioned assignment): the consumer
    /// applies an assignment only when it is newer, apart from <see cref="Version"/>, which is Assessment's.
    /// </summary>
    public int ContactPersonsVersion { get; private set; }

    /// <summary>
    /// Assessment's version of the recipient that this copy shows: the consumers apply an event only when it is newer
    /// (one statement, see <c>ReadModelUpsert</c>), so events may arrive in any order.
    /// </summary>
    public int Version { get; private set; }

    /// <summary>A recipient as its registration (version 1) describes it; the consumers write the same row in one upsert.</summary>
    public static Recipient Registered(Guid id, string municipalityId, string name, string preferredLanguage, string zone, DateTimeOffset asOf) => new()
    {
        Id = id,
        MunicipalityId = municipalityId,
        Name = name,
        PreferredLanguage = preferredLanguage,
        Zone = zone,
        AsOf = asOf,
        Version = 1,
    };
}
