using System.Security.Claims;
using CareServices.Assessment.Api.Api.Decisions;
using CareServices.Assessment.Api.Api.Letters;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>
/// A recipient's end (died, moved, long-term care, no longer needs): every granted decision ends on the last day,
/// with DecisionTerminated so visits stop, a termination letter where one is due, and the recipient becomes ended.
/// All in one transaction: either everything ends or nothing does.
/// </summary>
public static class RecipientEndingsApi
{
    public sealed record EndingServices(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time);

    public static IEndpointRouteBuilder MapRecipientEndingsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/assessment/recipients/{id:guid}/end", EndAsync).WithTags("Recipients").RequireAuthorization(Roles.CaseWorker)
            .WithName("EndRecipient").WithSummary("Ends a recipient (died, moved, longTermCare, noLongerNeeds): their granted decisions end on the last day with DecisionTerminated and letters where due");
        return app;
    }

    private static async Task<Results<Ok<EndRecipientResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> EndAsync(
        Guid id, EndRecipientRequest request, ClaimsPrincipal user, [AsParameters] EndingServices services, CancellationToken cancellationToken)
    {
        EndReason? reason = EnumNames<EndReason>.TryParse(request.Reason, out var parsed) ? parsed : null;
        var errors = new ValidationErrors()
            .Require(reason is not null, "reason", $"must be one of: {EnumNames<EndReason>.Allowed}")
            .Require(request.LastDay is not null, "lastDay", "is required (yyyy-MM-dd): the last day services are given")
            .Require(request.Note is null || request.Note.Length <= 2000, "note", "at most 2000 characters")
            .Require(request.NoticeWaivedReason is null || request.NoticeWaivedReason.Length <= 2000, "noticeWaivedReason", "at most 2000 characters");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var db = services.Db;
        var recipient = await db.Recipients.Include(r => r.ResourcePersons)
            .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == services.Tenant.RequiredMunicipalityId, cancellationToken);
        if (recipient is null)
        {
            return TypedResults.NotFound();
        }
        if (recipient.Status == RecipientStatus.Ended)
        {
            return TypedResults.Conflict(Problems.Conflict("status", "the recipient has already ended"));
        }
        var municipality = await db.Municipalities.AsNoTracking().FirstAsync(m => m.Number == recipient.MunicipalityId, cancellationToken);
        var language = LetterLanguage.For(recipient.PreferredLanguage, municipality);
        var now = services.Time.GetUtcNow();
        var lastDay = request.LastDay!.Value;
        var decisions = await db.Decisions.Include(d => d.Lines)
            .Where(d => d.RecipientId == id && d.Status == DecisionStatus.Granted).OrderBy(d => d.Number).ToListAsync(cancellationToken);
        var numbers = decisions.Select(d => d.Number).ToList();
        var notices = await db.AdvanceNotices.AsNoTracking().Where(n => numbers.Contains(n.DecisionNumber)).ToListAsync(cancellationToken);

        var terminated = new List<TerminatedDecision>();
        foreach (var decision in decisions)
        {
            // A decision that starts later ends before it starts; one that runs out earlier ends when it runs out.
            var last = lastDay < decision.ValidFrom ? decision.ValidFrom.AddDays(-1) : decision.ValidTo is { } to && to < lastDay ? to : lastDay;
            if (RecipientEnding.NoticeIsNeeded(reason!.Value))
            {
                if (AdvanceNoticeRule.Check(AdvanceNoticeKind.Termination, last.AddDays(1), "lastDay", notices.Where(n => n.DecisionNumber == decision.Number), request.NoticeWaivedReason) is { } missing)
                {
                    return TypedResults.UnprocessableEntity(Problems.Unprocessable(missing.Field, $"decision {decision.Number}: {missing.Rule}"));
                }
            }
            var waived = RecipientEnding.NoticeIsNeeded(reason.Value) ? request.NoticeWaivedReason : EndReasonTexts.For(reason.Value, "en");
            if (!string.IsNullOrWhiteSpace(waived))
            {
                db.AdvanceNotices.Add(AdvanceNotice.Waive(decision, AdvanceNoticeKind.Termination, last, waived, user.Subject(), now));
            }
            var text = EndReasonTexts.For(reason.Value, language) + (request.Note is { Length: > 0 } note ? $" {note.Trim()}" : "");
            if (decision.Terminate(last, text, now) is { } refusal)
            {
                return TypedResults.Conflict(Problems.Conflict(refusal.Field, $"decision {decision.Number}: {refusal.Rule}"));
            }
            db.AddOutboxMessage(DecisionEvents.Terminated(decision, now), decision.Number);
            terminated.Add(new TerminatedDecision(decision.Id, decision.Number, last));
        }

        if (!recipient.TryChangeStatus(RecipientStatus.Ended))
        {
            return TypedResults.Conflict(Problems.Conflict("status", $"a recipient who is {recipient.Status.ToString().ToLowerInvariant()} cannot end"));
        }
        recipient.Touch(now);
        db.AddOutboxMessage(RecipientEvents.Updated(recipient, [RecipientChange.Status], now), recipient.Id.ToString());
        db.RecipientEndings.Add(RecipientEnding.Record(recipient, reason!.Value, lastDay, request.Note, user.Subject(), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The recipient's version (its concurrency token) moved: the ending was judged on stale state, so nothing is written.
            return TypedResults.Conflict(Problems.Conflict("version", "the recipient was changed by someone else meanwhile; reload it and try again"));
        }

        var lettersDue = RecipientEnding.LetterIsDue(reason.Value) ? terminated.Select(t => t.DecisionId).ToList() : [];
        return TypedResults.Ok(new EndRecipientResponse(id, EnumNames<EndReason>.Name(reason.Value), lastDay, terminated, lettersDue));
    }
}
