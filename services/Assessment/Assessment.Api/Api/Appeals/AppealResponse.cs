using CareServices.Assessment.Domain.Appeals;

namespace CareServices.Assessment.Api.Api.Appeals;

public sealed record AppealResponse(
    Guid Id,
    Guid DecisionId,
    string DecisionNumber,
    int DecisionVersion,
    Guid RecipientId,
    DateOnly NotifiedOn,
    DateOnly ReceivedOn,
    DateOnly Deadline,
    bool Late,
    string Grounds,
    string AppealBody,
    AppealStatus Status,
    AppealOutcome? Reconsideration,
    DateOnly? ReconsideredOn,
    string? ReconsiderationNote,
    Guid? NewDecisionId,
    DateOnly? ForwardedOn,
    AppealOutcome? Outcome,
    DateOnly? OutcomeOn,
    string? OutcomeNote)
{
    public static AppealResponse From(Appeal a) => new(
        a.Id, a.DecisionId, a.DecisionNumber, a.DecisionVersion, a.RecipientId, a.NotifiedOn, a.ReceivedOn, a.Deadline, a.Late, a.Grounds,
        a.AppealBody, a.Status, a.Reconsideration, a.ReconsideredOn, a.ReconsiderationNote, a.NewDecisionId, a.ForwardedOn, a.Outcome, a.OutcomeOn, a.OutcomeNote);
}

/// <summary>One line of the municipality's open-appeals list: no grounds, just what the case worker must act on.</summary>
public sealed record OpenAppealSummary(
    Guid Id, Guid DecisionId, string DecisionNumber, Guid RecipientId, DateOnly ReceivedOn, DateOnly Deadline, bool Late,
    AppealStatus Status, DateOnly? ForwardedOn, string AppealBody)
{
    public static OpenAppealSummary From(Appeal a) =>
        new(a.Id, a.DecisionId, a.DecisionNumber, a.RecipientId, a.ReceivedOn, a.Deadline, a.Late, a.Status, a.ForwardedOn, a.AppealBody);
}
