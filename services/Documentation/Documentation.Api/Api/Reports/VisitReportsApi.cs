using System.Security.Claims;
using CareServices.Documentation.Api.Access;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Api.Security;
using CareServices.Documentation.Domain.Records;
using CareServices.Documentation.Domain.Reports;
using CareServices.Documentation.Domain.Visits;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareServices.Documentation.Api.Api.Reports;

/// <summary>
/// Visit reports: written and signed by the care worker who did the visit, then immutable; signing publishes the
/// delivered minutes (and a flagged change in condition). Reading them goes through the record gate.
/// </summary>
public static class VisitReportsApi
{
    public static IEndpointRouteBuilder MapVisitReportsApi(this IEndpointRouteBuilder app)
    {
        var writes = app.MapGroup("/api/documentation/visit-reports")
            .WithTags("Visit reports")
            .RequireAuthorization(Policies.Staff);
        writes.MapPost("/", WriteAsync)
            .WithName("WriteVisitReport")
            .WithSummary("Reports a visit the caller was staffed on (a draft, or signed at once with sign=true); corrects=<id> corrects a signed report of the same visit");
        writes.MapPost("/{reportId:guid}/sign", SignAsync)
            .WithName("SignVisitReport")
            .WithSummary("Signs the caller's own report, publishing VisitDocumented (and ConditionChangeReported when flagged); a second signature is refused (409)");

        var reads = app.MapGroup("/api/documentation/recipients/{recipientId:guid}/visit-reports")
            .WithTags("Visit reports")
            .RequireAuthorization(Policies.Staff)
            .BehindRecordGate();
        reads.MapGet("/", ListAsync)
            .Touches("visit-reports", RecordPurpose.Read)
            .WithName("ListVisitReports")
            .WithSummary("The recipient's visit reports, newest visit first: signed ones and the caller's own drafts");
        reads.MapGet("/{reportId:guid}", GetAsync)
            .Touches("visit-report", RecordPurpose.Read)
            .WithName("GetVisitReport")
            .WithSummary("One visit report");
        return app;
    }

    private static async Task<Results<Created<VisitReportResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> WriteAsync(
        VisitReportRequest request, ClaimsPrincipal user, DocumentationDbContext db, TenantAccessor tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var (parsed, errors) = VisitReportParser.Parse(request);
        if (parsed is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var caller = Caller.From(user);
        var municipality = tenant.RequiredMunicipalityId;
        var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == parsed.VisitId && v.MunicipalityId == municipality, cancellationToken);
        if (visit is null)
        {
            return TypedResults.NotFound(Problems.NotFound("Visit", parsed.VisitId));
        }
        if (caller.StaffId is not { } staffId || !visit.IsStaffedBy(staffId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your visit",
                detail: "visitId: Only the staff the visit was planned for report it.");
        }
        if (visit.Status == VisitStatus.Cancelled)
        {
            return TypedResults.UnprocessableEntity(Problems.Unprocessable("visitId", "The visit was cancelled; there is nothing to report."));
        }
        if (request.Corrects is { } corrected)
        {
            var original = await db.VisitReports.AsNoTracking().Where(r => r.Id == corrected && r.MunicipalityId == municipality)
                .Select(r => new { r.VisitId, r.SignedAt }).FirstOrDefaultAsync(cancellationToken);
            if (original is null)
            {
                return TypedResults.NotFound(Problems.NotFound("Visit report", corrected));
            }
            if (original.VisitId != visit.Id || original.SignedAt is null)
            {
                return TypedResults.UnprocessableEntity(Problems.Unprocessable("corrects", "A correction references a signed report of the same visit."));
            }
        }
        else if (await db.VisitReports.AnyAsync(r => r.VisitId == visit.Id && r.CorrectsReportId == null, cancellationToken))
        {
            return TypedResults.Conflict(Problems.Conflict("visitId", "The visit is already reported; write a correction that references that report."));
        }

        var now = time.GetUtcNow();
        var (report, problems) = VisitReport.Write(visit, staffId, caller.Name ?? await NameAsync(db, staffId, cancellationToken), parsed.Start, parsed.End, parsed.Tasks,
            request.Observations?.Trim(), parsed.Condition, request.ConditionChange?.Description?.Trim(), request.Corrects, now);
        if (report is null)
        {
            return TypedResults.UnprocessableEntity(Problems.Unprocessable(problems[0].Field, string.Join(" ", problems.Select(p => $"{p.Field}: {p.Rule}"))));
        }
        db.VisitReports.Add(report);
        if (request.Sign)
        {
            report.Sign(staffId, now);
            await PublishSignedAsync(db, report, now, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two first reports of one visit raced; the other one won.
            return TypedResults.Conflict(Problems.Conflict("visitId", "The visit is already reported; write a correction that references that report."));
        }
        return TypedResults.Created($"/api/documentation/recipients/{report.RecipientId}/visit-reports/{report.Id}", VisitReportResponse.From(report));
    }

    private static async Task<Results<Ok<VisitReportResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> SignAsync(
        Guid reportId, ClaimsPrincipal user, DocumentationDbContext db, TenantAccessor tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var report = await db.VisitReports.FirstOrDefaultAsync(r => r.Id == reportId && r.MunicipalityId == municipality, cancellationToken);
        var staffId = Caller.From(user).StaffId;
        // Someone else's draft is not shown to the caller, so it is not found either.
        if (report is null || (!report.IsSigned && report.AuthorStaffId != staffId))
        {
            return TypedResults.NotFound(Problems.NotFound("Visit report", reportId));
        }
        var now = time.GetUtcNow();
        switch (report.Sign(staffId ?? Guid.Empty, now))
        {
            case SigningOutcome.AlreadySigned:
                return TypedResults.Conflict(Problems.Conflict("reportId", $"The report was already signed at {report.SignedAt:O}."));
            case SigningOutcome.NotAuthor:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your report", detail: "Only the author signs a report.");
        }
        await PublishSignedAsync(db, report, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VisitReportResponse.From(report));
    }

    private static async Task<Ok<List<VisitReportResponse>>> ListAsync(RecordAccess access, DocumentationDbContext db, CancellationToken cancellationToken)
    {
        var reports = await Readable(db, access).OrderByDescending(r => r.VisitDate).ThenByDescending(r => r.WrittenAt).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(reports.Select(VisitReportResponse.From).ToList());
    }

    private static async Task<Results<Ok<VisitReportResponse>, NotFound<ProblemDetails>>> GetAsync(
        RecordAccess access, Guid reportId, DocumentationDbContext db, CancellationToken cancellationToken)
    {
        var report = await Readable(db, access).FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        return report is null ? TypedResults.NotFound(Problems.NotFound("Visit report", reportId)) : TypedResults.Ok(VisitReportResponse.From(report));
    }

    private static IQueryable<VisitReport> Readable(DocumentationDbContext db, RecordAccess access) =>
        db.VisitReports.AsNoTracking().Where(r => r.RecipientId == access.RecipientId && r.MunicipalityId == access.MunicipalityId
            && (r.SignedAt != null || r.AuthorStaffId == access.StaffId));

    private static async Task PublishSignedAsync(DocumentationDbContext db, VisitReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = await db.Recipients.Where(r => r.Id == report.RecipientId).Select(r => r.Zone).FirstOrDefaultAsync(cancellationToken) ?? "";
        var alreadyReported = report.CorrectsReportId is { } original
            && await db.VisitReports.AnyAsync(r => r.Id == original && r.ConditionChange == report.ConditionChange, cancellationToken);
        VisitReportEvents.Signed(db, report, zone, alreadyReported, now);
    }

    private static async Task<string> NameAsync(DocumentationDbContext db, Guid staffId, CancellationToken cancellationToken) =>
        await db.StaffMembers.Where(s => s.Id == staffId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) ?? "unknown";
}
