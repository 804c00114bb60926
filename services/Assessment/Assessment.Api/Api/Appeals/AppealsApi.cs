using System.Security.Claims;
using CareServices.Assessment.Api.Api.Legal;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Appeals;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.Legal;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Appeals;

/// <summary>
/// Appeals against decisions: registered by the case worker as they arrive, reconsidered by the municipality,
/// forwarded to the appeal body the legal-basis table names, and closed with that body's outcome.
/// </summary>
public static partial class AppealsApi
{
    public sealed record AppealServices(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time, LegalBases Legal);

    private static readonly string[] Outcomes = ["reversedInFull", "reversedInPart", "upheld", "quashed", "dismissed"];

    public static IEndpointRouteBuilder MapAppealsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/assessment/decisions/{id:guid}/appeals", RegisterAsync).WithTags("Appeals").RequireAuthorization(Roles.CaseWorker)
            .WithName("RegisterAppeal").WithSummary("Registers an appeal with the day it arrived and its grounds; the deadline is computed and a late appeal flagged, not refused");
        app.MapGet("/api/assessment/decisions/{id:guid}/appeals", ListForDecisionAsync).WithTags("Appeals").RequireAuthorization(Roles.CaseWorker)
            .WithName("ListDecisionAppeals").WithSummary("The appeals against a decision, oldest first");

        var group = app.MapGroup("/api/assessment/appeals").WithTags("Appeals");
        group.MapGet("/", ListOpenAsync).RequireAuthorization(AssessmentPolicies.FollowUpReaders)
            .WithName("ListOpenAppeals").WithSummary("The municipality's open appeals with their deadlines, oldest first (no grounds)");
        group.MapGet("/{appealId:guid}", GetAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("GetAppeal").WithSummary("One appeal with its grounds, reconsideration and outcome");
        group.MapPost("/{appealId:guid}/reconsideration", ReconsiderAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("ReconsiderAppeal").WithSummary("Reverses in full or in part (naming the decision that gives effect to it) or upholds and forwards to the appeal body");
        group.MapPost("/{appealId:guid}/forward", ForwardAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("ForwardAppeal").WithSummary("Forwards what remains of a partly reversed appeal to the appeal body");
        group.MapPost("/{appealId:guid}/outcome", RecordOutcomeAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("RecordAppealOutcome").WithSummary("Records the appeal body's outcome and announces AppealDecided (409 before the appeal is forwarded)");
        group.MapGet("/{appealId:guid}/forwarding-letter", GetForwardingLetterAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("GetAppealForwardingLetter").WithSummary("The letter telling the recipient the appeal was forwarded, as printable HTML (?language=nb|nn|sv|da|en)");
        return app;
    }

    private static async Task<Results<Created<AppealResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> RegisterAsync(
        Guid id, RegisterAppealRequest request, ClaimsPrincipal user, [AsParameters] AppealServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var decision = await db.Decisions.AsNoTracking().Include(d => d.Lines)
            .FirstOrDefaultAsync(d => d.Id == id && d.MunicipalityId == services.Tenant.RequiredMunicipalityId, cancellationToken);
        if (decision is null)
        {
            return TypedResults.NotFound();
        }
        if (decision.Status == DecisionStatus.Draft || decision.DecidedAt is null)
        {
            return TypedResults.Conflict(Problems.Conflict("status", "a draft is not a decision yet and cannot be appealed"));
        }
        var municipality = await db.Municipalities.AsNoTracking().FirstAsync(m => m.Number == decision.MunicipalityId, cancellationToken);
        var now = services.Time.GetUtcNow();
        var today = municipality.Today(now);
        var decidedOn = municipality.Today(decision.DecidedAt.Value);
        var notifiedOn = request.NotifiedOn ?? decidedOn;
        var errors = new ValidationErrors()
            .Require(request.ReceivedOn is not null, "receivedOn", "is required (yyyy-MM-dd): the day the appeal arrived")
            .Require(request.ReceivedOn is null || request.ReceivedOn <= today, "receivedOn", $"must not be after today ({today:yyyy-MM-dd})")
            .Require(request.ReceivedOn is null || request.ReceivedOn >= decidedOn, "receivedOn", $"must not be before the decision was made ({decidedOn:yyyy-MM-dd})")
            .Require(notifiedOn >= decidedOn, "notifiedOn", $"must not be before the decision was made ({decidedOn:yyyy-MM-dd})")
            .Require(request.ReceivedOn is null || notifiedOn <= request.ReceivedOn, "notifiedOn", "must not be after the appeal arrived")
            .Require(!string.IsNullOrWhiteSpace(request.Grounds) && request.Grounds.Length <= 4000, "grounds", "is required, at most 4000 characters");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var rules = services.Legal.ForLines(municipality.Number, municipality.Country, decision.Lines, decidedOn);
        if (rules.FirstOrDefault(r => r.AppealRoute == AppealRoute.ThroughMunicipality && r.AppealWeeks is not null) is not { } rule)
        {
            var complaint = rules.FirstOrDefault();
            return TypedResults.UnprocessableEntity(Problems.Unprocessable("decisionId",
                $"this decision rests on {complaint?.Citation ?? "a law"} only, which has no appeal; complaints go to {complaint?.AppealBody ?? "the supervisory authority"}"));
        }
        var appeal = Appeal.Register(decision.MunicipalityId, decision.Id, decision.Number, decision.Version, decision.RecipientId,
            notifiedOn, request.ReceivedOn!.Value, new AppealTerms(municipality.Country, rule.AppealWeeks!.Value, rule.AppealBody), request.Grounds!, user.Subject(), now);
        db.Appeals.Add(appeal);
        db.AddOutboxMessage(AppealEvents.Appealed(appeal, now), decision.Number);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessment/appeals/{appeal.Id}", AppealResponse.From(appeal));
    }

    private static async Task<Results<Ok<List<AppealResponse>>, NotFound>> ListForDecisionAsync(
        Guid id, [AsParameters] AppealServices services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        if (!await services.Db.Decisions.AnyAsync(d => d.Id == id && d.MunicipalityId == municipality, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var appeals = await services.Db.Appeals.AsNoTracking().Where(a => a.DecisionId == id && a.MunicipalityId == municipality)
            .OrderBy(a => a.RegisteredAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(appeals.Select(AppealResponse.From).ToList());
    }

    private static async Task<Ok<List<OpenAppealSummary>>> ListOpenAsync([AsParameters] AppealServices services, CancellationToken cancellationToken)
    {
        var appeals = await services.Db.Appeals.AsNoTracking()
            .Where(a => a.MunicipalityId == services.Tenant.RequiredMunicipalityId && a.Status != AppealStatus.Decided)
            .OrderBy(a => a.ReceivedOn).ThenBy(a => a.RegisteredAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(appeals.Select(OpenAppealSummary.From).ToList());
    }

    private static async Task<Results<Ok<AppealResponse>, NotFound>> GetAsync(Guid appealId, [AsParameters] AppealServices services, CancellationToken cancellationToken) =>
        await FindAsync(services, appealId, tracked: false, cancellationToken) is { } appeal ? TypedResults.Ok(AppealResponse.From(appeal)) : TypedResults.NotFound();

    private static Task<Appeal?> FindAsync(AppealServices services, Guid appealId, bool tracked, CancellationToken cancellationToken)
    {
        var query = services.Db.Appeals.Where(a => a.Id == appealId && a.MunicipalityId == services.Tenant.RequiredMunicipalityId);
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }

    private static AppealOutcome? ParseOutcome(string? outcome) => outcome switch
    {
        "reversedInFull" => AppealOutcome.ReversedInFull,
        "reversedInPart" => AppealOutcome.ReversedInPart,
        "upheld" => AppealOutcome.Upheld,
        "quashed" => AppealOutcome.Quashed,
        "dismissed" => AppealOutcome.Dismissed,
        _ => null,
    };
}
