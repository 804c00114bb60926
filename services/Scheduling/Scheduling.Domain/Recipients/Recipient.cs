namespace CareServices.Scheduling.Domain.Recipients;

/// <summary>
/// Scheduling's view of a recipient: where the visits take place and which zone's team serves them. Fed by
/// Assessment's events; Scheduling never edits it.
/// </summary>
public sealed class Recipient
{
    private Recipient()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Street { get; private set; } = "";
    public string PostalCode { get; private set; } = "";
    public string City { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public string Zone { get; private set; } = "";
    public string PreferredLanguage { get; private set; } = "";

    /// <summary>
    /// Assessment's status: <c>applicant</c>, <c>active</c>, <c>paused</c> or <c>ended</c>. Only an active recipient is
    /// visited; a registration says <c>applicant</c> until an update says otherwise.
    /// </summary>
    public string Status { get; private set; } = "applicant";

    /// <summary>When the newest event applied here happened, so a later update can tell a stale event from a new one.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public static Recipient Registered(
        Guid id, string municipalityId, string name, string street, string postalCode, string city,
        double latitude, double longitude, string zone, string preferredLanguage, DateTimeOffset asOf) => new()
        {
            Id = id,
            MunicipalityId = municipalityId,
            Name = name,
            Street = street,
            PostalCode = postalCode,
            City = city,
            Latitude = latitude,
            Longitude = longitude,
            Zone = zone,
            PreferredLanguage = preferredLanguage,
            AsOf = asOf,
        };

    /// <summary>
    /// Takes the current state from a <c>RecipientUpdated</c>. Events can arrive out of order, so one that is not newer
    /// than what is applied here changes nothing; returns whether it applied.
    /// </summary>
    public bool Update(string name, string street, string postalCode, string city, double latitude, double longitude, string zone, string preferredLanguage, string status, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return false;
        }
        Name = name;
        Street = street;
        PostalCode = postalCode;
        City = city;
        Latitude = latitude;
        Longitude = longitude;
        Zone = zone;
        PreferredLanguage = preferredLanguage;
        Status = status;
        AsOf = asOf;
        return true;
    }
}
