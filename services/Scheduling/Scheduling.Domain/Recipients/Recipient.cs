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

    /// <summary>When the newest event applied here happened.</summary>
    public DateTimeOffset AsOf { get; private set; }

    /// <summary>
    /// Assessment's version of the recipient that this copy shows: the consumers apply an event only when it is newer
    /// (one statement, see <c>ReadModelUpsert</c>), so events may arrive in any order.
    /// </summary>
    public int Version { get; private set; }
}
