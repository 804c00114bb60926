using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.FollowUp;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.FollowUp;

/// <summary>
/// Decisions against reality (the reconciliation Steigen did by hand), the review list, and preventive home visits.
/// Minutes and dates only: no intake or assessment content, so planners and unit leaders may read them.
/// </summary>
public static class FollowUpApi
{
    private const int MaxDays = 93;

    public sealed record Services(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time, IConfiguration Configuration);

    public sealed record ReviewItem(Guid RecipientId, string RecipientName, string Zone, string Reason, Guid? DecisionId, string? DecisionNumber, DateOnly? ValidTo, DateOnly? LastAssessedOn);

    public sealed record PreventiveCandidate(Guid RecipientId, string Name, DateOnly BirthDate, int Age, string Zone, PreventiveVisitStatus Status, DateOnly? VisitDate, string? Outcome);

    public sealed record PreventiveVisitRequest(string? Status, DateOnly? VisitDate, string? Outcome);

    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/follow-up").WithTags("Follow-up");
        group.MapGet("/reconciliation", ReconcileAsync).RequireAuthorization(AssessmentPolicies.FollowUpReaders)
            .WithName("ReconciliationReport").WithSummary("Granted vs planned vs delivered minutes per recipient, zone and week and service line; lines more than 15 % off are flagged");
        group.MapGet("/reviews", ReviewsAsync).RequireAuthorization(AssessmentPolicies.FollowUpReaders)
            .WithName("ReviewList").WithSummary("Decisions up for review: expiring within ?withinDays (30), or the recipient's last assessment older than 12 months");
        group.MapGet("/preventive-visits", PreventiveVisitsAsync).RequireAuthorization(AssessmentPolicies.FollowUpReaders)
            .WithName("PreventiveVisitCandidates").WithSummary("Residents at or above ?minAge (PreventiveVisits:MinimumAge, 75) without services, with visit status and outcome");
        app.MapPut("/api/assessment/recipients/{recipientId:guid}/preventive-visit", RecordPreventiveVisitAsync).WithTags("Follow-up")
            .RequireAuthorization(Roles.CaseWorker)
            .WithName("RecordPreventiveVisit").WithSummary("Records a preventive home visit's status (notContacted, offered, planned, completed, declined), date and outcome");
        return app;
    }

    private static async Task<Results<Ok<ReconciliationReport>, ValidationProblem>> ReconcileAsync(
        DateOnly? from, DateOnly? to, string? zone, Guid? recipientId, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipalityId = services.Tenant.RequiredMunicipalityId;
        var municipality = await services.Db.Municipalities.FindTenantAsync(services.Tenant, cancellationToken);
        var errors = new ValidationErrors()
            .Require(from is not null, "from", "is required (yyyy-MM-dd)")
            .Require(to is not null, "to", "is required (yyyy-MM-dd)")
            .Require(from is null || to is null || (to >= from && to.Value.DayNumber - from.Value.DayNumber < MaxDays), "to", $"must be on or after from, at most {MaxDays} days later");
        if (zone is not null && municipality is not null)
        {
            Recipients.RecipientRules.ValidateZone(zone, municipality, errors);
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var zoneName = zone is null ? null : municipality!.FindZone(zone)!.Name;
        var (start, end) = (VisitMinutes.Monday(from!.Value), VisitMinutes.Monday(to!.Value).AddDays(6));

        var recipients = services.Db.Recipients.AsNoTracking().Where(r => r.MunicipalityId == municipalityId);
        if (zoneName is not null)
        {
            recipients = recipients.Where(r => r.Zone == zoneName);
        }
        if (recipientId is not null)
        {
            recipients = recipients.Where(r => r.Id == recipientId);
        }
        var people = await recipients.Select(r => new { r.Id, r.Name, r.Zone }).ToDictionaryAsync(r => r.Id, cancellationToken);

        // Planned and delivered minutes, summed per recipient, line and week in the database.
        var actual = await services.Db.VisitMinutes.AsNoTracking()
            .Where(v => v.MunicipalityId == municipalityId && v.ServiceLineId != VisitMinutes.VisitMarker && v.WeekStart >= start && v.WeekStart <= end && recipients.Any(r => r.Id == v.RecipientId))
            .GroupBy(v => new { v.RecipientId, v.ServiceLineId, v.WeekStart })
            .Select(g => new
            {
                g.Key.RecipientId,
                g.Key.ServiceLineId,
                g.Key.WeekStart,
                Planned = g.Sum(v => v.Cancelled ? 0 : v.PlannedMinutes),
                Delivered = g.Sum(v => v.DeliveredMinutes ?? 0),
            })
            .ToListAsync(cancellationToken);

        var decisions = await services.Db.Decisions.AsNoTracking().Include(d => d.Lines)
            .Where(d => d.MunicipalityId == municipalityId && recipients.Any(r => r.Id == d.RecipientId)
                && d.ValidFrom <= end && d.Status != DecisionStatus.Draft && d.Status != DecisionStatus.Rejected
                && (d.EndedOn ?? d.ValidTo ?? DateOnly.MaxValue) >= start)
            .ToListAsync(cancellationToken);

        var cells = new Dictionary<(Guid Recipient, Guid Line, DateOnly Week), (string? Code, string? Number, decimal Granted, int Planned, int Delivered)>();
        foreach (var decision in decisions)
        {
            foreach (var line in decision.Lines)
            {
                for (var week = start; week <= end; week = week.AddDays(7))
                {
                    var granted = GrantedMinutes.For(decision, line, week, week.AddDays(6));
                    if (granted > 0)
                    {
                        cells[(decision.RecipientId, line.Id, week)] = (line.ServiceCode, decision.Number, granted, 0, 0);
                    }
                }
            }
        }
        var lineCodes = decisions.SelectMany(d => d.Lines.Select(l => (l.Id, l.ServiceCode, d.Number))).ToDictionary(l => l.Id);
        foreach (var row in actual)
        {
            var key = (row.RecipientId, row.ServiceLineId, row.WeekStart);
            var (code, number, granted, _, _) = cells.TryGetValue(key, out var c) ? c
                : lineCodes.TryGetValue(row.ServiceLineId, out var known) ? (known.ServiceCode, known.Number, 0m, 0, 0) : (null, null, 0m, 0, 0);
            cells[key] = (code, number, granted, row.Planned, row.Delivered);
        }

        var lines = cells.Where(c => people.ContainsKey(c.Key.Recipient)).Select(c =>
        {
            var (code, number, granted, planned, delivered) = c.Value;
            var person = people[c.Key.Recipient];
            var flagged = GrantedMinutes.Flagged(granted, planned) || GrantedMinutes.Flagged(granted, delivered);
            return new ReconciliationReport.LineWeek(person.Id, person.Name, person.Zone, c.Key.Week, c.Key.Line, code, number,
                granted, planned, delivered, GrantedMinutes.Deviation(granted, planned), GrantedMinutes.Deviation(granted, delivered), flagged);
        }).OrderBy(l => l.Zone, StringComparer.Ordinal).ThenBy(l => l.RecipientName, StringComparer.Ordinal).ThenBy(l => l.RecipientId)
            .ThenBy(l => l.WeekStart).ThenBy(l => l.ServiceCode, StringComparer.Ordinal).ToList();
        var zones = lines.GroupBy(l => (l.Zone, l.WeekStart)).OrderBy(g => g.Key.Zone, StringComparer.Ordinal).ThenBy(g => g.Key.WeekStart)
            .Select(g => new ReconciliationReport.ZoneWeek(g.Key.Zone, g.Key.WeekStart, g.Sum(l => l.GrantedMinutes), g.Sum(l => l.PlannedMinutes),
                g.Sum(l => l.DeliveredMinutes), g.Count(l => l.Flagged)))
            .ToList();
        return TypedResults.Ok(new ReconciliationReport(start, end, zoneName, lines, zones));
    }

    private static async Task<Results<Ok<List<ReviewItem>>, ValidationProblem>> ReviewsAsync(int? withinDays, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        if (withinDays is < 0 or > 366)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["withinDays"] = ["must be between 0 and 366"] });
        }
        var municipality = await services.Db.Municipalities.FindTenantAsync(services.Tenant, cancellationToken);
        var today = municipality?.Today(services.Time.GetUtcNow()) ?? DateOnly.FromDateTime(services.Time.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(withinDays ?? 30);
        var yearAgo = today.AddMonths(-12);
        var municipalityId = services.Tenant.RequiredMunicipalityId;
        var granted = await services.Db.Decisions.AsNoTracking()
            .Where(d => d.MunicipalityId == municipalityId && d.Status == DecisionStatus.Granted)
            .Join(services.Db.Recipients, d => d.RecipientId, r => r.Id, (d, r) => new
            {
                d.Id, d.Number, d.ValidTo, d.RecipientId, r.Name, r.Zone,
                LastAssessed = services.Db.FunctionalAssessments.Where(a => a.RecipientId == d.RecipientId).Max(a => (DateOnly?)a.AssessedOn),
            })
            .ToListAsync(cancellationToken);
        var items = new List<ReviewItem>();
        foreach (var d in granted)
        {
            if (d.ValidTo is { } to && to <= horizon)
            {
                items.Add(new ReviewItem(d.RecipientId, d.Name, d.Zone, "expiring", d.Id, d.Number, d.ValidTo, d.LastAssessed));
            }
        }
        foreach (var recipient in granted.GroupBy(d => d.RecipientId).Select(g => g.First()))
        {
            if (recipient.LastAssessed is null || recipient.LastAssessed < yearAgo)
            {
                items.Add(new ReviewItem(recipient.RecipientId, recipient.Name, recipient.Zone, recipient.LastAssessed is null ? "noAssessment" : "assessmentOlderThan12Months",
                    null, null, null, recipient.LastAssessed));
            }
        }
        return TypedResults.Ok(items.OrderBy(i => i.ValidTo ?? DateOnly.MaxValue).ThenBy(i => i.RecipientName, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Ok<List<PreventiveCandidate>>, ValidationProblem>> PreventiveVisitsAsync(int? minAge, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var age = minAge ?? services.Configuration.GetValue("PreventiveVisits:MinimumAge", 75);
        if (age is < 50 or > 110)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["minAge"] = ["must be between 50 and 110"] });
        }
        var municipality = await services.Db.Municipalities.FindTenantAsync(services.Tenant, cancellationToken);
        var today = municipality?.Today(services.Time.GetUtcNow()) ?? DateOnly.FromDateTime(services.Time.GetUtcNow().UtcDateTime);
        var bornBy = today.AddYears(-age);
        var municipalityId = services.Tenant.RequiredMunicipalityId;
        // "No services": no decision that applies today. Residents known to Assessment only; importing the population register is a separate integration.
        var rows = await services.Db.Recipients.AsNoTracking()
            .Where(r => r.MunicipalityId == municipalityId && r.BirthDate <= bornBy && r.Status != RecipientStatus.Active && r.Status != RecipientStatus.Paused
                && !services.Db.Decisions.Any(d => d.RecipientId == r.Id && d.Status == DecisionStatus.Granted && d.ValidFrom <= today && (d.ValidTo == null || d.ValidTo >= today)))
            .GroupJoin(services.Db.PreventiveVisits, r => r.Id, v => v.RecipientId, (r, v) => new { r, v })
            .SelectMany(x => x.v.DefaultIfEmpty(), (x, v) => new { x.r.Id, x.r.Name, x.r.BirthDate, x.r.Zone, Visit = v })
            .OrderBy(x => x.Zone).ThenBy(x => x.Name)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(x => new PreventiveCandidate(x.Id, x.Name, x.BirthDate, Age(x.BirthDate, today), x.Zone,
            x.Visit?.Status ?? PreventiveVisitStatus.NotContacted, x.Visit?.VisitDate, x.Visit?.Outcome)).ToList());
    }

    private static async Task<Results<Ok<PreventiveCandidate>, NotFound, ValidationProblem>> RecordPreventiveVisitAsync(
        Guid recipientId, PreventiveVisitRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var statusOk = EnumNames<PreventiveVisitStatus>.TryParse(request.Status, out var status);
        var errors = new ValidationErrors()
            .Require(statusOk, "status", "must be one of: notContacted, offered, planned, completed, declined")
            .Require(request.Outcome is null || request.Outcome.Length <= 2000, "outcome", "at most 2000 characters")
            .Require(!statusOk || status is not (PreventiveVisitStatus.Planned or PreventiveVisitStatus.Completed) || request.VisitDate is not null, "visitDate", "is required when the visit is planned or completed");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var municipalityId = services.Tenant.RequiredMunicipalityId;
        var recipient = await services.Db.Recipients.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recipientId && r.MunicipalityId == municipalityId, cancellationToken);
        if (recipient is null)
        {
            return TypedResults.NotFound();
        }
        var visit = await services.Db.PreventiveVisits.FirstOrDefaultAsync(v => v.RecipientId == recipientId, cancellationToken);
        if (visit is null)
        {
            visit = PreventiveVisit.For(municipalityId, recipientId);
            services.Db.PreventiveVisits.Add(visit);
        }
        var now = services.Time.GetUtcNow();
        visit.Record(status, request.VisitDate, request.Outcome, now);
        await services.Db.SaveChangesAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return TypedResults.Ok(new PreventiveCandidate(recipient.Id, recipient.Name, recipient.BirthDate, Age(recipient.BirthDate, today), recipient.Zone, visit.Status, visit.VisitDate, visit.Outcome));
    }

    private static int Age(DateOnly born, DateOnly today) => today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
}
