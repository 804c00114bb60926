using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.FollowUp;
using CareServices.Assessment.Domain.Identity;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.FollowUp;

/// <summary>
/// Preventive-visit candidates from the population register: residents at or above the minimum age
/// (PreventiveVisits:MinimumAge, 75) who receive no services, imported without making them recipients.
/// </summary>
public static class PreventiveCandidatesApi
{
    public sealed record Services(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time, IConfiguration Configuration, NationalIdProtector NationalIds);

    public sealed record ImportResult(int Imported, int Updated, int SkippedRecipients, int SkippedUnderAge);

    public sealed record CandidateResponse(Guid Id, string Name, DateOnly BirthDate, string Street, string PostalCode, string City, PreventiveVisitStatus Status, DateTimeOffset ImportedAt);

    public static IEndpointRouteBuilder MapPreventiveCandidatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/follow-up/preventive-visit-candidates").WithTags("Follow-up");
        // The CSV body is read by the handler, not declared with Accepts: a declared content type is matched before
        // authorization, so a caller without a token would get 415 instead of 401.
        group.MapPost("/import", ImportAsync).RequireAuthorization(Roles.CaseWorker)
            .WithName("ImportPreventiveVisitCandidates").WithSummary("Imports a population-register export (text/csv, semicolon-separated): residents at the minimum age without services become candidates, not recipients");
        group.MapGet("/", ListAsync).RequireAuthorization(AssessmentPolicies.FollowUpReaders)
            .WithName("ListPreventiveVisitCandidates").WithSummary("The imported candidates for a preventive home visit, by name");
        return app;
    }

    private static async Task<Results<Ok<ImportResult>, ValidationProblem, UnprocessableEntity<ProblemDetails>>> ImportAsync(
        HttpRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var municipality = await db.Municipalities.FindTenantAsync(services.Tenant, cancellationToken);
        if (municipality is null)
        {
            return TypedResults.UnprocessableEntity(MunicipalityLookup.NotConfigured(services.Tenant));
        }
        var now = services.Time.GetUtcNow();
        var today = municipality.Today(now);
        // Read whole (a municipality's 75+ residents are tens of thousands of lines at most); parsing is synchronous.
        using var body = new StreamReader(request.Body);
        var (rows, errors) = PopulationRegisterCsv.Read(new StringReader(await body.ReadToEndAsync(cancellationToken)), municipality.Country, today);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.GroupBy(e => $"line {e.Line}.{e.Field}").ToDictionary(g => g.Key, g => g.Select(e => e.Rule).ToArray()));
        }
        var minimumAge = services.Configuration.GetValue("PreventiveVisits:MinimumAge", 75);
        var bornBy = today.AddYears(-minimumAge);
        // Recipients with services are not candidates: the same keyed hash of the canonical id finds them.
        var served = (await db.Recipients.AsNoTracking()
                .Where(r => r.MunicipalityId == municipality.Number && (r.Status == RecipientStatus.Active || r.Status == RecipientStatus.Paused))
                .Select(r => r.NationalIdHash).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var existing = await db.PreventiveVisitCandidates.Where(c => c.MunicipalityId == municipality.Number).ToDictionaryAsync(c => c.NationalIdHash, cancellationToken);
        int imported = 0, updated = 0, skippedRecipients = 0, skippedUnderAge = 0;
        foreach (var row in rows)
        {
            if (row.BirthDate > bornBy)
            {
                skippedUnderAge++;
                continue;
            }
            var hash = services.NationalIds.Hash(municipality.Number, NationalIds.Check(municipality.Country, row.NationalId, today).Canonical ?? row.NationalId);
            if (served.Contains(hash))
            {
                skippedRecipients++;
                continue;
            }
            if (existing.TryGetValue(hash, out var candidate) || Unkeyed(existing, municipality.Number, row, hash, out candidate))
            {
                candidate.Refresh(row, now);
                updated++;
            }
            else
            {
                existing[hash] = PreventiveVisitCandidate.From(municipality.Number, row, hash, now);
                db.PreventiveVisitCandidates.Add(existing[hash]);
                imported++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ImportResult(imported, updated, skippedRecipients, skippedUnderAge));
    }

    /// <summary>
    /// A candidate an earlier release imported under an unkeyed hash: recognised by it once, then rehashed with the
    /// key, so the unkeyed hash leaves the table at the first import that names the person again.
    /// </summary>
    private static bool Unkeyed(
        Dictionary<string, PreventiveVisitCandidate> existing, string municipality, PopulationRegisterRow row, string hash, out PreventiveVisitCandidate candidate)
    {
        if (!existing.Remove(NationalIdProtector.UnkeyedHash(municipality, row.NationalId), out candidate!))
        {
            return false;
        }
        candidate.Rehash(hash);
        existing[hash] = candidate;
        return true;
    }

    private static async Task<Ok<List<CandidateResponse>>> ListAsync([AsParameters] Services services, CancellationToken cancellationToken)
    {
        var candidates = await services.Db.PreventiveVisitCandidates.AsNoTracking()
            .Where(c => c.MunicipalityId == services.Tenant.RequiredMunicipalityId).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(candidates.Select(c => new CandidateResponse(c.Id, c.Name, c.BirthDate, c.Street, c.PostalCode, c.City, c.Status, c.ImportedAt)).ToList());
    }
}
