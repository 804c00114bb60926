using System.Security.Claims;
using CareServices.Assessment.Api.Api.Recipients;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Decisions;

public static partial class DecisionsApi
{
    private static async Task<Results<Ok<DecisionResponse>, NotFound, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> GrantAsync(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] GrantDecisionRequest? request, ClaimsPrincipal user,
        [AsParameters] DecisionServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var decision = await FindAsync(services, id, tracked: true, cancellationToken);
        if (decision is null)
        {
            return TypedResults.NotFound();
        }
        var recipient = await db.Recipients.Include(r => r.ResourcePersons).FirstAsync(r => r.Id == decision.RecipientId, cancellationToken);
        if (recipient.Status == RecipientStatus.Ended)
        {
            return TypedResults.Conflict(Problems.Conflict("recipientId",
                $"the recipient has ended; reactivate them first (POST /api/assessment/recipients/{recipient.Id}/status with status applicant)"));
        }
        if (await OverlapWithOtherDecisionAsync(services, decision, cancellationToken) is { } overlap)
        {
            return TypedResults.Conflict(overlap);
        }
        var now = services.Time.GetUtcNow();
        if (decision.Grant(user.Subject(), now, decision.LegalBasisFromTable ? await TableCitationAsync(services, decision, now, cancellationToken) : null) is { } refusal)
        {
            return TypedResults.Conflict(Problems.Conflict(refusal.Field, refusal.Rule));
        }
        var aggregate = decision.Number;
        if (decision.PreviousVersionId is { } previousId)
        {
            var previous = await db.Decisions.Include(d => d.Lines).FirstAsync(d => d.Id == previousId, cancellationToken);
            if (AdvanceNoticeRule.IsReduction(previous, decision)
                && await NoticeProblemAsync(services, decision, AdvanceNoticeKind.Reduction, decision.ValidFrom, "validFrom", request?.NoticeWaivedReason, user, now, cancellationToken) is { } notice)
            {
                return TypedResults.UnprocessableEntity(notice);
            }
            if (previous.SupersedeBy(decision) is { } superseded)
            {
                return TypedResults.Conflict(Problems.Conflict(superseded.Field, superseded.Rule));
            }
            db.AddOutboxMessage(DecisionEvents.Changed(previous, decision, now), aggregate);
        }
        else
        {
            db.AddOutboxMessage(DecisionEvents.Granted(decision, now), aggregate);
        }
        if (DecisionEvents.CaseWorker(decision, user, now) is { } caseWorker)
        {
            db.AddOutboxMessage(caseWorker, recipient.Id.ToString());
        }

        if (recipient.Status == RecipientStatus.Applicant && recipient.TryChangeStatus(RecipientStatus.Active))
        {
            recipient.Touch(now);
            db.AddOutboxMessage(RecipientEvents.Updated(recipient, [RecipientChange.Status], now), recipient.Id.ToString());
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Conflict(Problems.Conflict("status", "the decision changed meanwhile; reload it and try again"));
        }
        return TypedResults.Ok(DecisionResponse.From(decision));
    }

    private static async Task<Results<Ok<DecisionResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> RejectAsync(
        Guid id, RejectDecisionRequest request, ClaimsPrincipal user, [AsParameters] DecisionServices services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 4000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["is required (the letter explains it), at most 4000 characters"] });
        }
        var decision = await FindAsync(services, id, tracked: true, cancellationToken);
        if (decision is null)
        {
            return TypedResults.NotFound();
        }
        if (decision.Reject(request.Reason, user.Subject(), services.Time.GetUtcNow()) is { } refusal)
        {
            return TypedResults.Conflict(Problems.Conflict(refusal.Field, refusal.Rule));
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DecisionResponse.From(decision));
    }

    private static async Task<Results<Ok<DecisionResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> TerminateAsync(
        Guid id, TerminateDecisionRequest request, ClaimsPrincipal user, [AsParameters] DecisionServices services, CancellationToken cancellationToken)
    {
        var errors = new ServiceDefaults.Problems.ValidationErrors()
            .Require(request.LastDay is not null, "lastDay", "is required (yyyy-MM-dd): the last day services are given")
            .Require(!string.IsNullOrWhiteSpace(request.Reason) && request.Reason.Length <= 4000, "reason", "is required, at most 4000 characters")
            .Require(request.NoticeWaivedReason is null || request.NoticeWaivedReason.Length <= 2000, "noticeWaivedReason", "at most 2000 characters");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var decision = await FindAsync(services, id, tracked: true, cancellationToken);
        if (decision is null)
        {
            return TypedResults.NotFound();
        }
        var now = services.Time.GetUtcNow();
        if (decision.Status == DecisionStatus.Granted
            && await NoticeProblemAsync(services, decision, AdvanceNoticeKind.Termination, request.LastDay!.Value.AddDays(1), "lastDay", request.NoticeWaivedReason, user, now, cancellationToken) is { } notice)
        {
            return TypedResults.UnprocessableEntity(notice);
        }
        if (decision.Terminate(request.LastDay!.Value, request.Reason!, now) is { } refusal)
        {
            return TypedResults.Conflict(Problems.Conflict(refusal.Field, refusal.Rule));
        }
        services.Db.AddOutboxMessage(DecisionEvents.Terminated(decision, now), decision.Number);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Terminated from a state someone else changed meanwhile: nothing is written, so no version is announced twice.
            return TypedResults.Conflict(Problems.Conflict("status", "the decision changed meanwhile; reload it and try again"));
        }
        return TypedResults.Ok(DecisionResponse.From(decision));
    }

    /// <summary>What the legal-basis table cites for the decision's lines on the day it is made, in the municipality's time zone.</summary>
    private static async Task<string> TableCitationAsync(DecisionServices services, Decision decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var municipality = await services.Db.Municipalities.AsNoTracking().FirstAsync(m => m.Number == decision.MunicipalityId, cancellationToken);
        return services.Legal.Citation(municipality.Number, municipality.Country, decision.Lines, municipality.Today(now));
    }

    /// <summary>
    /// Reducing or ending a granted decision needs an advance notice whose comment deadline has passed by the
    /// change's first day, or the case worker's reason why none is needed (kept as a waived notice).
    /// </summary>
    private static async Task<ProblemDetails?> NoticeProblemAsync(
        DecisionServices services, Decision decision, AdvanceNoticeKind kind, DateOnly effectiveFrom, string dateField, string? waivedReason,
        ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notices = await services.Db.AdvanceNotices.AsNoTracking()
            .Where(n => n.MunicipalityId == decision.MunicipalityId && n.DecisionNumber == decision.Number).ToListAsync(cancellationToken);
        if (AdvanceNoticeRule.Check(kind, effectiveFrom, dateField, notices, waivedReason) is { } refusal)
        {
            return Problems.Unprocessable(refusal.Field, refusal.Rule);
        }
        if (!string.IsNullOrWhiteSpace(waivedReason))
        {
            services.Db.AdvanceNotices.Add(AdvanceNotice.Waive(decision, kind, effectiveFrom.AddDays(kind == AdvanceNoticeKind.Termination ? -1 : 0), waivedReason, user.Subject(), now));
        }
        return null;
    }

    /// <summary>
    /// Another granted decision (a different number) that grants the same service type in an overlapping period
    /// would grant the same help twice: that decision must be changed with a new version instead.
    /// </summary>
    private static async Task<ProblemDetails?> OverlapWithOtherDecisionAsync(DecisionServices services, Decision decision, CancellationToken cancellationToken)
    {
        var others = await services.Db.Decisions.AsNoTracking()
            .Where(d => d.RecipientId == decision.RecipientId && d.Status == DecisionStatus.Granted && d.Number != decision.Number)
            .Select(d => new { d.Number, d.ValidFrom, d.ValidTo, d.EndedOn, Codes = d.Lines.Select(l => l.ServiceCode).ToList() })
            .ToListAsync(cancellationToken);
        var until = decision.ValidTo ?? DateOnly.MaxValue;
        foreach (var other in others.Where(o => o.ValidFrom <= until && (o.EndedOn ?? o.ValidTo ?? DateOnly.MaxValue) >= decision.ValidFrom))
        {
            if (decision.Lines.OrderBy(l => l.LineNumber).FirstOrDefault(l => other.Codes.Contains(l.ServiceCode)) is { } line)
            {
                return Problems.Conflict($"lines[{line.LineNumber - 1}].serviceCode",
                    $"decision {other.Number} already grants '{line.ServiceCode}' in an overlapping period; change that decision with a new version");
            }
        }
        return null;
    }
}
