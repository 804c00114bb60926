using CareServices.Assessment.Domain.Decisions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Decisions;

public static partial class DecisionsApi
{
    private static async Task<Results<Created<DecisionResponse>, ValidationProblem, UnprocessableEntity<ProblemDetails>>> CreateDraftAsync(
        DecisionRequest request, [AsParameters] DecisionServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var municipality = await db.Municipalities.FindTenantAsync(services.Tenant, cancellationToken);
        if (municipality is null)
        {
            return TypedResults.UnprocessableEntity(MunicipalityLookup.NotConfigured(services.Tenant));
        }
        var now = services.Time.GetUtcNow();
        var catalogue = await Catalogue.CatalogueApi.LoadAsync(db, municipality.Number, cancellationToken);
        var (errors, lines, contact) = DecisionRules.Check(request, catalogue, now);
        if (request.RecipientId is not { } recipientId)
        {
            errors.Add("recipientId", "is required");
        }
        else if (!await db.Recipients.AnyAsync(r => r.Id == recipientId && r.MunicipalityId == municipality.Number, cancellationToken))
        {
            errors.Add("recipientId", "no recipient with this id in the municipality");
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var number = await DecisionNumbers.NextAsync(db, municipality.Number, municipality.Today(now).Year, cancellationToken);
        var decision = Decision.Draft(
            municipality.Number, request.RecipientId!.Value, number, LegalBasis(request, services, municipality.Number, municipality.Country, lines, now),
            request.ValidFrom!.Value, request.ValidTo, contact, lines, now);
        CitesTable(decision, request);
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessment/decisions/{decision.Id}", DecisionResponse.From(decision));
    }

    private static async Task<Results<Ok<DecisionResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> ReplaceDraftAsync(
        Guid id, DecisionRequest request, [AsParameters] DecisionServices services, CancellationToken cancellationToken)
    {
        var decision = await FindAsync(services, id, tracked: true, cancellationToken);
        if (decision is null)
        {
            return TypedResults.NotFound();
        }
        if (decision.Status != DecisionStatus.Draft)
        {
            return TypedResults.Conflict(Problems.Conflict("status", DecisionRefusal.CreateANewVersion, "A decided decision is never edited"));
        }
        var country = await services.Db.Municipalities.Where(m => m.Number == decision.MunicipalityId).Select(m => m.Country).FirstAsync(cancellationToken);
        var now = services.Time.GetUtcNow();
        var catalogue = await Catalogue.CatalogueApi.LoadAsync(services.Db, decision.MunicipalityId, cancellationToken);
        var (errors, lines, contact) = DecisionRules.Check(request, catalogue, now);
        errors.Require(request.RecipientId is null || request.RecipientId == decision.RecipientId, "recipientId", "a decision stays with its recipient");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        decision.ReplaceDraft(LegalBasis(request, services, decision.MunicipalityId, country, lines, now), request.ValidFrom!.Value, request.ValidTo, contact, lines);
        CitesTable(decision, request);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DecisionResponse.From(decision));
    }

    private static async Task<Results<Created<DecisionResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> DraftNewVersionAsync(
        Guid id, DecisionRequest request, [AsParameters] DecisionServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var current = await FindAsync(services, id, tracked: false, cancellationToken);
        if (current is null)
        {
            return TypedResults.NotFound();
        }
        if (await db.Decisions.Where(d => d.PreviousVersionId == current.Id && d.Status == DecisionStatus.Draft).Select(d => (int?)d.Version).FirstOrDefaultAsync(cancellationToken) is { } pending)
        {
            return TypedResults.Conflict(Problems.Conflict("status", $"version {pending} is already drafted: change or grant that draft"));
        }
        var country = await db.Municipalities.Where(m => m.Number == current.MunicipalityId).Select(m => m.Country).FirstAsync(cancellationToken);
        var now = services.Time.GetUtcNow();
        var catalogue = await Catalogue.CatalogueApi.LoadAsync(db, current.MunicipalityId, cancellationToken);
        var (errors, lines, contact) = DecisionRules.Check(request, catalogue, now);
        errors.Require(request.RecipientId is null || request.RecipientId == current.RecipientId, "recipientId", "a decision stays with its recipient");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (current.DraftNextVersion(LegalBasis(request, services, current.MunicipalityId, country, lines, now), request.ValidFrom!.Value, request.ValidTo, contact, lines, now, out var next) is { } refusal)
        {
            return TypedResults.Conflict(Problems.Conflict(refusal.Field, refusal.Rule));
        }
        CitesTable(next!, request);
        db.Decisions.Add(next!);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessment/decisions/{next!.Id}", DecisionResponse.From(next));
    }

    /// <summary>The case worker's basis, or the table's for the lines on today's date in the country (the grant cites it again for its day).</summary>
    private static string LegalBasis(DecisionRequest request, DecisionServices services, string municipalityId, string country, IReadOnlyList<ServiceLine> lines, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(request.LegalBasis))
        {
            return request.LegalBasis.Trim();
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Domain.Municipalities.Countries.DefaultTimeZone(country));
        return services.Legal.Citation(municipalityId, country, lines, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime));
    }

    /// <summary>A draft the case worker gave no basis for cites the table, which the grant cites again for its own day.</summary>
    private static void CitesTable(Decision decision, DecisionRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.LegalBasis))
        {
            decision.TakeLegalBasisFromTable();
        }
    }
}
