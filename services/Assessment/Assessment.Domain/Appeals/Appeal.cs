namespace CareServices.Assessment.Domain.Appeals;

/// <summary>
/// An appeal against a decision: registered with the date it arrived and its grounds; the municipality reconsiders
/// it (reverses in full, in part, or upholds and forwards it to the appeal body); the appeal body's outcome closes
/// it. A late appeal is flagged, not refused: the municipality may hear it when the delay is excusable.
/// </summary>
public sealed class Appeal
{
    private Appeal()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid DecisionId { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public int DecisionVersion { get; private set; }
    public Guid RecipientId { get; private set; }
    public DateOnly NotifiedOn { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public DateOnly Deadline { get; private set; }
    public bool Late { get; private set; }
    public string Grounds { get; private set; } = "";
    public string AppealBody { get; private set; } = "";
    public AppealStatus Status { get; private set; }
    public AppealOutcome? Reconsideration { get; private set; }
    public DateOnly? ReconsideredOn { get; private set; }
    public string? ReconsiderationNote { get; private set; }

    /// <summary>The decision (version) that gives effect to a reversal in full or in part.</summary>
    public Guid? NewDecisionId { get; private set; }

    public DateOnly? ForwardedOn { get; private set; }
    public AppealOutcome? Outcome { get; private set; }
    public DateOnly? OutcomeOn { get; private set; }
    public string? OutcomeNote { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";

    public bool IsOpen => Status != AppealStatus.Decided;

    public static Appeal Register(
        string municipalityId, Guid decisionId, string decisionNumber, int decisionVersion, Guid recipientId,
        DateOnly notifiedOn, DateOnly receivedOn, AppealTerms terms, string grounds, string registeredBy, DateTimeOffset now)
    {
        var deadline = AppealDeadline.From(terms.Country, notifiedOn, terms.Weeks);
        return new Appeal
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = municipalityId,
            DecisionId = decisionId,
            DecisionNumber = decisionNumber,
            DecisionVersion = decisionVersion,
            RecipientId = recipientId,
            NotifiedOn = notifiedOn,
            ReceivedOn = receivedOn,
            Deadline = deadline,
            Late = receivedOn > deadline,
            Grounds = grounds.Trim(),
            AppealBody = terms.AppealBody,
            Status = AppealStatus.Registered,
            RegisteredAt = now,
            RegisteredBy = registeredBy,
        };
    }

    /// <summary>
    /// The municipality's reconsideration. A reversal names the decision that gives it effect; a reversal in full
    /// concludes the appeal, a reversal in part leaves the rest to be forwarded; upholding forwards it at once.
    /// </summary>
    public AppealRefusal? Reconsider(AppealOutcome outcome, Guid? newDecisionId, string? note, DateOnly today)
    {
        if (Status != AppealStatus.Registered)
        {
            return new AppealRefusal("status", $"the appeal was already reconsidered; it is {Name(Status)}");
        }
        switch (outcome)
        {
            case AppealOutcome.ReversedInFull or AppealOutcome.ReversedInPart when newDecisionId is null:
                return new AppealRefusal("newDecisionId", "a reversal names the granted decision (or new version) that gives it effect");
            case AppealOutcome.Upheld when newDecisionId is not null:
                return new AppealRefusal("newDecisionId", "an upheld decision has no new decision");
            case AppealOutcome.Quashed or AppealOutcome.Dismissed:
                return new AppealRefusal("outcome", "the municipality reverses in full, in part, or upholds; quashing and dismissal are the appeal body's");
        }
        Reconsideration = outcome;
        ReconsideredOn = today;
        ReconsiderationNote = Clean(note);
        NewDecisionId = newDecisionId;
        switch (outcome)
        {
            case AppealOutcome.ReversedInFull:
                Status = AppealStatus.Decided;
                Outcome = outcome;
                OutcomeOn = today;
                break;
            case AppealOutcome.ReversedInPart:
                Status = AppealStatus.PartlyReversed;
                break;
            default:
                Status = AppealStatus.Forwarded;
                ForwardedOn = today;
                break;
        }
        return null;
    }

    /// <summary>Sends what remains of a partly reversed appeal to the appeal body.</summary>
    public AppealRefusal? Forward(DateOnly today)
    {
        if (Status != AppealStatus.PartlyReversed)
        {
            return new AppealRefusal("status", $"only a partly reversed appeal is forwarded this way (an upheld one is forwarded on reconsideration); it is {Name(Status)}");
        }
        Status = AppealStatus.Forwarded;
        ForwardedOn = today;
        return null;
    }

    public AppealRefusal? RecordOutcome(AppealOutcome outcome, DateOnly decidedOn, string? note)
    {
        if (Status != AppealStatus.Forwarded)
        {
            return new AppealRefusal("status", $"the appeal body's outcome is recorded once the appeal is forwarded; it is {Name(Status)}");
        }
        if (decidedOn < ForwardedOn)
        {
            return new AppealRefusal("decidedOn", $"must not be before the appeal was forwarded ({ForwardedOn:yyyy-MM-dd})");
        }
        Status = AppealStatus.Decided;
        Outcome = outcome;
        OutcomeOn = decidedOn;
        OutcomeNote = Clean(note);
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Name(AppealStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
