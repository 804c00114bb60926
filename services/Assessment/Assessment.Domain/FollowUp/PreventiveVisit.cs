namespace CareServices.Assessment.Domain.FollowUp;

/// <summary>A preventive home visit to an older resident who receives no services yet (Steigen's sub-goal 5).</summary>
public sealed class PreventiveVisit
{
    private PreventiveVisit()
    {
    }

    public Guid RecipientId { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public PreventiveVisitStatus Status { get; private set; }
    public DateOnly? VisitDate { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static PreventiveVisit For(string municipalityId, Guid recipientId) => new() { MunicipalityId = municipalityId, RecipientId = recipientId };

    public void Record(PreventiveVisitStatus status, DateOnly? visitDate, string? outcome, DateTimeOffset now)
    {
        Status = status;
        VisitDate = visitDate;
        Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim();
        UpdatedAt = now;
    }
}
