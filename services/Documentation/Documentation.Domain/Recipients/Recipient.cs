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

    /// <summary>When the newest event applied here happened.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public Guid? PrimaryContactId { get; private set; }
    public Guid? SecondaryContactId { get; private set; }

    /// <summary>When the applied contact-person assignment happened (Scheduling's events, ordered apart from Assessment's).</summary>
    public DateTimeOffset? ContactsAsOf { get; private set; }

    /// <summary>
    /// Scheduling's version of the contact persons applied here (0 before any versioned assignment): the consumer
    /// applies an assignment only when it is newer, apart from <see cref="Version"/>, which is Assessment's.
    /// </summary>
    public int ContactPersonsVersion { get; private set; }

    /// <summary>The staff member who holds the recipient's case in Assessment (who last granted their decision).</summary>
    public Guid? CaseWorkerId { get; private set; }

    /// <summary>When the applied case-worker assignment happened.</summary>
    public DateTimeOffset? CaseWorkerAsOf { get; private set; }

    /// <summary>
    /// Assessment's version of the recipient that this copy shows: the consumers apply an event only when it is newer
    /// (one statement, see <c>ReadModelUpsert</c>), so events may arrive in any order.
    /// </summary>
    public int Version { get; private set; }

    /// <summary>Takes Assessment's current case worker; an assignment not newer than the applied one changes nothing.</summary>
    public bool AssignCaseWorker(Guid staffId, DateTimeOffset asOf)
    {
        if (CaseWorkerAsOf is { } applied && asOf <= applied)
        {
            return false;
        }
        CaseWorkerId = staffId;
        CaseWorkerAsOf = asOf;
        return true;
    }
}
