namespace CareServices.Activities.Domain.Recipients;

/// <summary>
/// Activities' view of a recipient: enough to suggest activities and volunteers near them, in their language and
/// fitting their age. Fed by Assessment's events.
/// </summary>
public sealed class Recipient : IMunicipalityOwned
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
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }

    /// <summary>The primary contact Scheduling assigned; does the interest checklist.</summary>
    public string? ContactPersonName { get; private set; }

    /// <summary>When the applied contact-person assignment happened (Scheduling's events, ordered apart from Assessment's).</summary>
    public DateTimeOffset? ContactsAsOf { get; private set; }

    /// <summary>
    /// Scheduling's version of the contact persons applied here (0 before any versioned assignment): the consumer
    /// applies an assignment only when it is newer, apart from <see cref="Version"/>, which is Assessment's.
    /// </summary>
    public int ContactPersonsVersion { get; private set; }

    /// <summary>When the newest event applied here happened.</summary>
    public DateTimeOffset AsOf { get; private set; }

    /// <summary>
    /// Assessment's version of the recipient that this copy shows: the consumers apply an event only when it is newer
    /// (one statement, see <c>ReadModelUpsert</c>), so events may arrive in any order.
    /// </summary>
    public int Version { get; private set; }

    public static Recipient Registered(
        Guid id, string municipalityId, string name, DateOnly birthDate, string zone, string preferredLanguage,
        double latitude, double longitude, DateTimeOffset asOf) => new()
        {
            Id = id,
            MunicipalityId = municipalityId,
            Name = name,
            BirthDate = birthDate,
            Zone = zone,
            PreferredLanguage = preferredLanguage,
            Latitude = latitude,
            Longitude = longitude,
            AsOf = asOf,
        };

    /// <summary>Takes the primary contact Scheduling assigned.</summary>
    public void AssignContactPerson(string? name) => ContactPersonName = name;
}
