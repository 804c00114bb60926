using CareServices.Assessment.Domain.Appeals;
using CareServices.Assessment.Domain.Decisions;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Appeals;

public static partial class AppealsApi
{
    private static async Task<Results<Ok<AppealResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> ReconsiderAsync(
        Guid appealId, ReconsiderAppealRequest request, [AsParameters] AppealServices services, CancellationToken cancellationToken)
    {
        var outcome = ParseOutcome(request.Outcome);
        var errors = new ValidationErrors()
            .Require(outcome is AppealOutcome.ReversedInFull or AppealOutcome.ReversedInPart or AppealOutcome.Upheld, "outcome", "must be one of: reversedInFull, reversedInPart, upheld")
            // Missing or surplus input is the request's fault, not a conflict with the appeal's state.
            .Require(outcome is not (AppealOutcome.ReversedInFull or AppealOutcome.ReversedInPart) || request.NewDecisionId is not null,
                "newDecisionId", "is required for a reversal: the granted decision (or new version) that gives it effect")
            .Require(outcome is not AppealOutcome.Upheld || request.NewDecisionId is null, "newDecisionId", "must be absent when the decision is upheld")
            .Require(request.Note is null || request.Note.Length <= 4000, "note", "at most 4000 characters");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var appeal = await FindAsync(services, appealId, tracked: true, cancellationToken);
        if (appeal is null)
        {
            return TypedResults.NotFound();
        }
        if (request.NewDecisionId is { } newId && await NewDecisionProblemAsync(services, appeal, newId, cancellationToken) is { } problem)
        {
            return TypedResults.UnprocessableEntity(problem);
        }
        var now = services.Time.GetUtcNow();
        if (appeal.Reconsider(outcome!.Value, request.NewDecisionId, request.Note, await TodayAsync(services, cancellationToken)) is { } refusal)
        {
            return TypedResults.Conflict(Problems.Conflict(refusal.Field, refusal.Rule));
        }
        if (appeal.Status == AppealStatus.Decided)
        {
            services.Db.AddOutboxMessage(AppealEvents.Decided(appeal, byMunicipality: true, now), appeal.DecisionNumber);
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppealResponse.From(appeal));
    }

    private static async Task<Results<Ok<AppealResponse>, NotFound, Conflict<ProblemDetails>>> ForwardAsync(
        Guid appealId, [AsParameters] AppealServices services, CancellationToken cancellationToken)
    {
        var appeal = await FindAsync(services, appealId, tracked: true, cancellationToken);
        if (appeal is null)
        {
            return TypedResults.NotFound();
        }
        if (appeal.Forward(await TodayAsync(services, cancellationToken)) is { } refusal)
        {
            return TypedResults.Conflict(Problems.Conflict(refusal.Field, refusal.Rule));
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppealResponse.From(appeal));
    }

    private static async Task<Results<Ok<AppealResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> RecordOutcomeAsync(
        Guid appealId, AppealOutcomeRequest request, [AsParameters] AppealServices services, CancellationToken cancellationToken)
    {
        var outcome = ParseOutcome(request.Outcome);
        var today = await TodayAsync(services, cancellationToken);
        var errors = new ValidationErrors()
            .Require(outcome is not null, "outcome", $"must be one of: {string.Join(", ", Outcomes)}")
            .Require(request.DecidedOn is not null, "decidedOn", "is required (yyyy-MM-dd): the day the appeal body decided")
            .Require(request.DecidedOn is null || request.DecidedOn <= today, "decidedOn", $"must not be after today ({today:yyyy-MM-dd})")
            .Require(request.Note is null || request.Note.Length <= 4000, "note", "at most 4000 characters");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var appeal = await FindAsync(services, appealId, tracked: true, cancellationToken);
        if (appeal is null)
        {
            return TypedResults.NotFound();
        }
        if (appeal.RecordOutcome(outcome!.Value, request.DecidedOn!.Value, request.Note) is { } refusal)
        {
            return TypedResults.Conflict(Problems.Conflict(refusal.Field, refusal.Rule));
        }
        services.Db.AddOutboxMessage(AppealEvents.Decided(appeal, byMunicipality: false, services.Time.GetUtcNow()), appeal.DecisionNumber);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppealResponse.From(appeal));
    }

    /// <summary>A reversal is given effect by a decision granted for the same recipient after the appeal arrived.</summary>
    private static async Task<ProblemDetails?> NewDecisionProblemAsync(AppealServices services, Appeal appeal, Guid newId, CancellationToken cancellationToken)
    {
        var decision = await services.Db.Decisions.AsNoTracking()
            .Where(d => d.Id == newId && d.MunicipalityId == appeal.MunicipalityId)
            .Select(d => new { d.RecipientId, d.Status, d.DecidedAt }).FirstOrDefaultAsync(cancellationToken);
        return decision switch
        {
            null => Problems.Unprocessable("newDecisionId", "no decision with this id in the municipality"),
            _ when decision.RecipientId != appeal.RecipientId => Problems.Unprocessable("newDecisionId", "the decision is for another recipient"),
            _ when decision.Status is DecisionStatus.Draft or DecisionStatus.Rejected || decision.DecidedAt < appeal.RegisteredAt =>
                Problems.Unprocessable("newDecisionId", "must be a decision (or new version) granted after the appeal was registered"),
            _ => null,
        };
    }

    private static async Task<DateOnly> TodayAsync(AppealServices services, CancellationToken cancellationToken)
    {
        var municipality = await services.Db.Municipalities.FindTenantAsync(services.Tenant, cancellationToken);
        var now = services.Time.GetUtcNow();
        return municipality?.Today(now) ?? DateOnly.FromDateTime(now.UtcDateTime);
    }
}
