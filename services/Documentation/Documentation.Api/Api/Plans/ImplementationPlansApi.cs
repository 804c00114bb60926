using CareServices.Contracts.Documentation;
using CareServices.Documentation.Api.Access;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Plans;
using CareServices.Documentation.Domain.Records;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Api.Plans;

/// <summary>
/// Implementation plans: drafts start from Assessment's decisions, staff with a care relation write them, a Nurse
/// or UnitLeader approves a version (published as <see cref="ImplementationPlanApproved"/>), care workers see the
/// approved one.
/// </summary>
public static class ImplementationPlansApi
{
    /// <summary>Who approves a plan and sees drafts.</summary>
    private static readonly string[] Approvers = [Roles.Nurse, Roles.UnitLeader];

    public static IEndpointRouteBuilder MapImplementationPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documentation/recipients/{recipientId:guid}/implementation-plans")
            .WithTags("Implementation plans")
            .RequireAuthorization(Policies.Staff)
            .BehindRecordGate();
        group.MapGet("/", ListAsync)
            .Touches("implementation-plans", RecordPurpose.Read)
            .WithName("ListImplementationPlans")
            .WithSummary("The recipient's plans, newest version first, each flagged stale when its decision has changed since; drafts only for Nurses and UnitLeaders");
        group.MapPut("/{planId:guid}", WriteAsync)
            .Touches("implementation-plans", RecordPurpose.Write)
            .WithName("WriteImplementationPlan")
            .WithSummary("Writes texts of a draft's lines: how it is done, the recipient's wishes, what they do themselves, goals, practical notes");
        group.MapPost("/{planId:guid}/approve", ApproveAsync)
            .Touches("implementation-plans", RecordPurpose.Write)
            .WithName("ApproveImplementationPlan")
            .WithSummary("A Nurse or UnitLeader approves a draft: it replaces the approved version and its task texts go to Scheduling's work lists");
        return app;
    }

    private static async Task<Ok<List<PlanResponse>>> ListAsync(RecordAccess access, DocumentationDbContext db, CancellationToken cancellationToken)
    {
        var seesDrafts = Approvers.Contains(access.Caller.Role);
        var plans = await db.ImplementationPlans.AsNoTracking()
            .Where(p => p.RecipientId == access.RecipientId && p.MunicipalityId == access.MunicipalityId && (seesDrafts || p.Status != PlanStatus.Draft))
            .OrderBy(p => p.DecisionNumber).ThenByDescending(p => p.Version)
            .ToListAsync(cancellationToken);
        var latest = await LatestVersionsAsync(db, access, cancellationToken);
        return TypedResults.Ok(plans.Select(p => PlanResponse.From(p, latest.GetValueOrDefault(p.DecisionNumber, p.DecisionVersion))).ToList());
    }

    private static async Task<Results<Ok<PlanResponse>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> WriteAsync(
        RecordAccess access, Guid planId, PlanRequest request, DocumentationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Require(request.Lines is { Count: > 0 }, "lines", "Name at least one line.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var plan = await FindAsync(db, access, planId, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound(Problems.NotFound("Implementation plan", planId));
        }
        if (plan.Status != PlanStatus.Draft)
        {
            return TypedResults.Conflict(Problems.Conflict("planId", "Only a draft is written; an approved plan changes through a new version."));
        }
        for (var i = 0; i < request.Lines!.Count; i++)
        {
            var line = request.Lines[i];
            if (!plan.Lines.Any(l => l.ServiceLineId == line.ServiceLineId && l.ClosedFrom is null))
            {
                return TypedResults.UnprocessableEntity(Problems.Unprocessable($"lines[{i}].serviceLineId", "Not an open line of this plan."));
            }
            if (new[] { line.TaskText, line.RecipientWishes, line.DoesThemselves, line.Goals, line.PracticalNotes }.Any(t => t is { Length: > TextLimits.MaxLength }))
            {
                return TypedResults.UnprocessableEntity(Problems.Unprocessable($"lines[{i}]", $"Each text is at most {TextLimits.MaxLength} characters."));
            }
        }
        plan.Write(request.Lines.Select(l => new PlanLineText(l.ServiceLineId, l.TaskText?.Trim() ?? "", Clean(l.RecipientWishes), Clean(l.DoesThemselves),
            Clean(l.Goals), Clean(l.PracticalNotes))));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PlanResponse.From(plan, (await LatestVersionsAsync(db, access, cancellationToken)).GetValueOrDefault(plan.DecisionNumber, plan.DecisionVersion)));
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>, ProblemHttpResult>> ApproveAsync(
        RecordAccess access, Guid planId, DocumentationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Approvers.Contains(access.Caller.Role))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not an approver", detail: "A Nurse or UnitLeader approves implementation plans.");
        }
        var plan = await FindAsync(db, access, planId, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound(Problems.NotFound("Implementation plan", planId));
        }
        var now = time.GetUtcNow();
        switch (plan.Approve(access.StaffId, now))
        {
            case ApprovalOutcome.NotADraft:
                return TypedResults.Conflict(Problems.Conflict("planId", $"The plan is {plan.Status.ToString().ToLowerInvariant()}, not a draft."));
            case ApprovalOutcome.TaskTextMissing:
                return TypedResults.UnprocessableEntity(Problems.Unprocessable("lines", "Every open line needs a task text before approval."));
        }
        var replaced = await db.ImplementationPlans
            .Where(p => p.MunicipalityId == plan.MunicipalityId && p.DecisionNumber == plan.DecisionNumber && p.Status == PlanStatus.Approved && p.Id != plan.Id)
            .ToListAsync(cancellationToken);
        replaced.ForEach(p => p.Supersede());
        db.AddOutboxMessage(new ImplementationPlanApproved
        {
            OccurredAt = now,
            MunicipalityId = plan.MunicipalityId,
            PlanId = plan.Id,
            RecipientId = plan.RecipientId,
            Version = plan.Version,
            DecisionId = plan.DecisionId,
            Tasks = [.. plan.Lines.Where(l => l.ClosedFrom is null).Select(l => new ImplementationPlanTask
            {
                ServiceLineId = l.ServiceLineId,
                ServiceCode = l.ServiceCode,
                TaskText = l.TaskText,
                RecipientWishes = l.RecipientWishes,
                DoesThemselves = l.DoesThemselves,
            })],
        }, plan.RecipientId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PlanResponse.From(plan, (await LatestVersionsAsync(db, access, cancellationToken)).GetValueOrDefault(plan.DecisionNumber, plan.DecisionVersion)));
    }

    private static Task<ImplementationPlan?> FindAsync(DocumentationDbContext db, RecordAccess access, Guid planId, CancellationToken cancellationToken) =>
        db.ImplementationPlans.FirstOrDefaultAsync(p => p.Id == planId && p.RecipientId == access.RecipientId && p.MunicipalityId == access.MunicipalityId, cancellationToken);

    private static Task<Dictionary<string, int>> LatestVersionsAsync(DocumentationDbContext db, RecordAccess access, CancellationToken cancellationToken) =>
        db.Decisions.AsNoTracking().Where(d => d.RecipientId == access.RecipientId && d.MunicipalityId == access.MunicipalityId)
            .ToDictionaryAsync(d => d.Number, d => d.LatestVersion, cancellationToken);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
