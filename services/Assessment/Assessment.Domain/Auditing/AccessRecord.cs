namespace CareServices.Assessment.Domain.Auditing;

/// <summary>
/// One read of confidential data (a key code, an intake conversation, a functional assessment, a national id):
/// who read what about whom and when, so the municipality can answer "who has looked at my records".
/// </summary>
public sealed class AccessRecord
{
    private AccessRecord()
    {
    }

    public long Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public string Subject { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string What { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    public static AccessRecord Of(string municipalityId, Guid recipientId, string subject, string role, string what, DateTimeOffset at) => new()
    {
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        Subject = subject,
        Role = role,
        What = what,
        At = at,
    };
}
