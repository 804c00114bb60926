using System.Security.Claims;
using CareServices.Assessment.Api.Api.Legal;
using CareServices.Assessment.Api.Api.Letters;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Decisions;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary>
/// Decisions (vedtak). Case workers write; care staff read decisions (what is granted, not why); a recipient reads
/// their own decided decisions and letters. Handlers for drafts and outcomes are in the partial files beside this.
/// </summary>
public static partial class DecisionsApi
{
    public sealed record DecisionServices(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time, LegalBases Legal);

    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/decisions").WithTags("Decisions");

        group.MapPost("/", CreateDraftAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("CreateDecisionDraft").WithSummary("A numbered draft decision for a recipient with its service lines");
        group.MapPut("/{id:guid}", ReplaceDraftAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("ReplaceDecisionDraft").WithSummary("Replaces a draft's content; a decided decision answers 409 (create a new version)");
        group.MapPost("/{id:guid}/versions", DraftNewVersionAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("DraftDecisionVersion").WithSummary("A draft of the next version of a granted decision, taking over from validFrom once granted");
        group.MapPost("/{id:guid}/grant", GrantAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("GrantDecision").WithSummary("Grants a draft: DecisionGranted, or DecisionChanged when it supersedes an earlier version");
        group.MapPost("/{id:guid}/reject", RejectAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("RejectDecision").WithSummary("Rejects a draft, with the reason the letter gives");
        group.MapPost("/{id:guid}/terminate", TerminateAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("TerminateDecision").WithSummary("Ends a granted decision after a last day and announces DecisionTerminated");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AssessmentPolicies.DecisionReaders)
            .WithName("GetDecision").WithSummary("A decision with its lines and granted hours per week (recipients: their own, once decided)");
        group.MapGet("/{id:guid}/letter", GetLetterAsync).RequireAuthorization(AssessmentPolicies.DecisionReaders)
            .WithName("GetDecisionLetter").WithSummary("The decision letter as printable HTML in the recipient's language (or ?language=nb|nn|sv|da|en)");
        app.MapGet("/api/assessment/recipients/{recipientId:guid}/decisions", ListForRecipientAsync).WithTags("Decisions")
            .RequireAuthorization(AssessmentPolicies.DecisionReaders)
            .WithName("ListRecipientDecisions").WithSummary("A recipient's decisions, every version, newest first");
        return app;
    }

    private static async Task<Results<Ok<DecisionResponse>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, [AsParameters] DecisionServices services, CancellationToken cancellationToken)
    {
        var decision = await FindAsync(services, id, tracked: false, cancellationToken);
        return decision is null || !MayRead(user, decision) ? TypedResults.NotFound() : TypedResults.Ok(DecisionResponse.From(decision));
    }

    private static async Task<Ok<List<DecisionResponse>>> ListForRecipientAsync(
        Guid recipientId, ClaimsPrincipal user, [AsParameters] DecisionServices services, CancellationToken cancellationToken)
    {
        if (!user.MayRead(recipientId))
        {
            return TypedResults.Ok(new List<DecisionResponse>());
        }
        var decisions = await services.Db.Decisions.AsNoTracking().Include(d => d.Lines)
            .Where(d => d.RecipientId == recipientId && d.MunicipalityId == services.Tenant.RequiredMunicipalityId)
            .OrderByDescending(d => d.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(decisions.Where(d => MayRead(user, d)).Select(DecisionResponse.From).ToList());
    }

    private static async Task<Results<ContentHttpResult, NotFound, Conflict<ProblemDetails>, ValidationProblem>> GetLetterAsync(
        Guid id, string? language, ClaimsPrincipal user, [AsParameters] DecisionServices services, CancellationToken cancellationToken)
    {
        if (language is not null && !LetterLanguage.Written.Contains(language))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [$"must be one of: {string.Join(", ", LetterLanguage.Written)}"] });
        }
        var decision = await FindAsync(services, id, tracked: false, cancellationToken);
        if (decision is null || !MayRead(user, decision))
        {
            return TypedResults.NotFound();
        }
        if (decision.Status == DecisionStatus.Draft)
        {
            return TypedResults.Conflict(Problems.Conflict("status", "a letter is written once the decision is granted, rejected or terminated"));
        }
        var db = services.Db;
        var recipient = await db.Recipients.AsNoTracking().FirstAsync(r => r.Id == decision.RecipientId, cancellationToken);
        var municipality = await db.Municipalities.AsNoTracking().FirstAsync(m => m.Number == decision.MunicipalityId, cancellationToken);
        var catalogue = await Catalogue.CatalogueApi.LoadAsync(db, decision.MunicipalityId, cancellationToken);
        var previous = decision.PreviousVersionId is { } previousId
            ? await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == previousId, cancellationToken)
            : null;
        var today = municipality.Today(services.Time.GetUtcNow());
        var decidedOn = decision.DecidedAt is { } decidedAt ? municipality.Today(decidedAt) : today;
        var html = DecisionLetter.Render(new DecisionLetter.Content(
            decision, previous, recipient, municipality, catalogue, LetterLanguage.For(language ?? recipient.PreferredLanguage, municipality),
            services.Legal.ForLines(municipality.Number, municipality.Country, decision.Lines, decidedOn), today,
            await db.AssignedContactPersons.Where(a => a.RecipientId == decision.RecipientId).Select(a => a.ActingName).FirstOrDefaultAsync(cancellationToken)));
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>Recipients see their own decisions once decided; drafts are the case worker's work in progress.</summary>
    private static bool MayRead(ClaimsPrincipal user, Decision decision) =>
        user.MayRead(decision.RecipientId) && (decision.Status != DecisionStatus.Draft || !user.IsInRole(Roles.Recipient) || user.IsInRole(Roles.CaseWorker));

    private static Task<Decision?> FindAsync(DecisionServices services, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = services.Db.Decisions.Include(d => d.Lines).Where(d => d.Id == id && d.MunicipalityId == services.Tenant.RequiredMunicipalityId);
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }
}
