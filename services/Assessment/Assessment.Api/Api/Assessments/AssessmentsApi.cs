using System.Security.Claims;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Assessments;
using CareServices.Assessment.Domain.Auditing;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Assessments;

/// <summary>Functional assessments on the municipality's IPLOS-style variables: case workers only, reads journaled.</summary>
public static class AssessmentsApi
{
    public sealed record ScoreDto(string? Code, int? Score, string? Note);

    public sealed record AssessmentRequest(DateOnly? AssessedOn, string? AssessedBy, IReadOnlyList<ScoreDto>? Scores);

    public sealed record AssessmentResponse(Guid Id, Guid RecipientId, DateOnly AssessedOn, string AssessedBy, IReadOnlyList<VariableScore> Scores)
    {
        public static AssessmentResponse From(FunctionalAssessment a) => new(a.Id, a.RecipientId, a.AssessedOn, a.AssessedBy, a.Scores);
    }

    public sealed record ComparisonResponse(Guid Before, DateOnly BeforeOn, Guid After, DateOnly AfterOn, IReadOnlyList<AssessmentComparison.Row> Variables,
        IReadOnlyList<string> Improved, IReadOnlyList<string> Declined);

    public sealed record VariableResponse(string Code, string NameNb, string NameSv, string NameDa, string NameEn, string Group, int MinScore, int MaxScore);

    public sealed record Services(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time);

    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/assessment/assessment-variables", ListVariablesAsync).WithTags("Functional assessment").RequireAuthorization(Roles.CaseWorker)
            .WithName("ListAssessmentVariables").WithSummary("The variables and scales the municipality assesses (9 = not relevant)");
        var group = app.MapGroup("/api/assessment/recipients/{recipientId:guid}/assessments").WithTags("Functional assessment").RequireAuthorization(Roles.CaseWorker);
        group.MapPost("/", RecordAsync).WithName("RecordAssessment").WithSummary("Records a functional assessment: a score per variable, by whom and when");
        group.MapGet("/", HistoryAsync).WithName("AssessmentHistory").WithSummary("A recipient's assessments, newest first (the read is journaled)");
        group.MapGet("/compare", CompareAsync).WithName("CompareAssessments").WithSummary("Two assessments score by score: which areas improved or declined");
        return app;
    }

    private static async Task<Ok<List<VariableResponse>>> ListVariablesAsync([AsParameters] Services services, CancellationToken cancellationToken) =>
        TypedResults.Ok((await services.Db.AssessmentVariables.AsNoTracking().Where(v => v.MunicipalityId == services.Tenant.RequiredMunicipalityId)
            .ToListAsync(cancellationToken)).Select(v => new VariableResponse(v.Code, v.NameNb, v.NameSv, v.NameDa, v.NameEn, v.Group, v.MinScore, v.MaxScore)).ToList());

    private static async Task<Results<Created<AssessmentResponse>, NotFound, ValidationProblem>> RecordAsync(
        Guid recipientId, AssessmentRequest request, ClaimsPrincipal user, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        if (!await services.Db.Recipients.AnyAsync(r => r.Id == recipientId && r.MunicipalityId == municipality, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var variables = await services.Db.AssessmentVariables.AsNoTracking().Where(v => v.MunicipalityId == municipality)
            .ToDictionaryAsync(v => v.Code, StringComparer.Ordinal, cancellationToken);
        var errors = new ValidationErrors()
            .Require(request.AssessedOn is not null && request.AssessedOn <= DateOnly.FromDateTime(services.Time.GetUtcNow().UtcDateTime.AddDays(1)), "assessedOn", "is required, not in the future")
            .Require(request.AssessedBy is null || request.AssessedBy.Trim().Length is > 0 and <= 200, "assessedBy", "at most 200 characters (defaults to the signed-in user)")
            .Require(request.Scores is { Count: > 0 }, "scores", "at least one variable must be scored");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (request.Scores?.Count ?? 0); i++)
        {
            var score = request.Scores![i];
            if (score.Code is null || !variables.TryGetValue(score.Code, out var variable))
            {
                errors.Add($"scores[{i}].code", $"unknown variable; the municipality assesses: {string.Join(", ", variables.Keys.Order(StringComparer.Ordinal))}");
                continue;
            }
            errors.Require(seen.Add(score.Code), $"scores[{i}].code", "is scored twice");
            errors.Require(score.Score is { } s && variable.Allows(s), $"scores[{i}].score", $"must be {variable.MinScore}–{variable.MaxScore}, or 9 (not relevant)");
            errors.Require(score.Note is null || score.Note.Length <= 1000, $"scores[{i}].note", "at most 1000 characters");
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var assessment = FunctionalAssessment.Record(municipality, recipientId, request.AssessedOn!.Value, request.AssessedBy ?? user.Subject(),
            request.Scores!.Select(s => new VariableScore(s.Code!, s.Score!.Value, string.IsNullOrWhiteSpace(s.Note) ? null : s.Note.Trim())), services.Time.GetUtcNow());
        services.Db.FunctionalAssessments.Add(assessment);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessment/recipients/{recipientId}/assessments", AssessmentResponse.From(assessment));
    }

    private static async Task<Ok<List<AssessmentResponse>>> HistoryAsync(Guid recipientId, ClaimsPrincipal user, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var history = await services.Db.FunctionalAssessments.AsNoTracking()
            .Where(a => a.RecipientId == recipientId && a.MunicipalityId == municipality)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt).ToListAsync(cancellationToken);
        if (history.Count > 0)
        {
            services.Db.AccessRecords.Add(AccessRecord.Of(municipality, recipientId, user.Subject(), user.ActingRole(), "assessment", services.Time.GetUtcNow()));
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(history.Select(AssessmentResponse.From).ToList());
    }

    private static async Task<Results<Ok<ComparisonResponse>, NotFound, ValidationProblem>> CompareAsync(
        Guid recipientId, Guid? from, Guid? to, ClaimsPrincipal user, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [from is null ? "from" : "to"] = ["is required: the id of an assessment of this recipient"] });
        }
        var municipality = services.Tenant.RequiredMunicipalityId;
        var pair = await services.Db.FunctionalAssessments.AsNoTracking()
            .Where(a => a.RecipientId == recipientId && a.MunicipalityId == municipality && (a.Id == from || a.Id == to)).ToListAsync(cancellationToken);
        var before = pair.FirstOrDefault(a => a.Id == from);
        var after = pair.FirstOrDefault(a => a.Id == to);
        if (before is null || after is null)
        {
            return TypedResults.NotFound();
        }
        services.Db.AccessRecords.Add(AccessRecord.Of(municipality, recipientId, user.Subject(), user.ActingRole(), "assessment", services.Time.GetUtcNow()));
        await services.Db.SaveChangesAsync(cancellationToken);
        var rows = AssessmentComparison.Compare(before, after);
        return TypedResults.Ok(new ComparisonResponse(before.Id, before.AssessedOn, after.Id, after.AssessedOn, rows,
            rows.Where(r => r.Change == ScoreChange.Improved).Select(r => r.Code).ToList(),
            rows.Where(r => r.Change == ScoreChange.Declined).Select(r => r.Code).ToList()));
    }
}
