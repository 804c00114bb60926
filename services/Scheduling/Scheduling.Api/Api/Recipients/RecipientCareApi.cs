using CareServices.Scheduling.Api.Demand;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.Demand;
using CareServices.Scheduling.Domain.Visits;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Api.Recipients;

/// <summary>A recipient's tasks and visits, and what they tell the service: days away, preferred times, staff preferred or refused.</summary>
public static class RecipientCareApi
{
    private const int MaxRangeDays = 92;

    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static IEndpointRouteBuilder MapRecipientCareApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scheduling/recipients/{id:guid}").WithTags("Recipients").RequireAuthorization(Policies.Staff);
        group.MapGet("/visits", VisitsAsync).WithName("ListRecipientVisits").WithSummary("The recipient's visits between two dates");
        group.MapGet("/tasks", TasksAsync).WithName("ListRecipientTasks").WithSummary("The recurring tasks the recipient's decisions grant");
        group.MapPut("/tasks/{taskId:guid}/preference", PreferAsync).RequireAuthorization(SchedulingPolicies.Planning).WithName("SetTaskPreference")
            .WithSummary("The recipient's preferred weekdays and time for a task; the visits are re-derived");
        group.MapPost("/unavailability", AwayAsync).RequireAuthorization(SchedulingPolicies.Planning).WithName("RegisterUnavailability")
            .WithSummary("Days the recipient is not home (hospital, away): their visits are cancelled, with VisitCancelled for published ones");
        group.MapPut("/staff-preferences/{staffId:guid}", StaffPreferenceAsync).RequireAuthorization(SchedulingPolicies.Planning).WithName("SetStaffPreference")
            .WithSummary("A staff member the recipient prefers (treated as known) or refuses (never planned to visit)");
        return app;
    }

    public sealed record Dependencies(SchedulingDbContext Db, TenantAccessor Tenant, SchedulingClock Clock, VisitDemandWriter Demand, WorkLists.WorkListCache WorkLists);

    private static Task<bool> KnownAsync(Dependencies deps, Guid id, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        return deps.Db.Recipients.AnyAsync(r => r.Id == id && r.MunicipalityId == municipality, cancellationToken);
    }

    private static async Task<Results<Ok<IReadOnlyList<RecipientVisitResponse>>, NotFound, ValidationProblem>> VisitsAsync(
        Guid id, DateOnly? from, DateOnly? to, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > MaxRangeDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [$"from and to are required, to not before from, at most {MaxRangeDays} days apart"] });
        }
        if (!await KnownAsync(deps, id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var visits = await deps.Db.Visits.AsNoTracking().Where(v => v.RecipientId == id && v.Date >= from && v.Date <= to)
            .OrderBy(v => v.Date).ThenBy(v => v.WindowStart).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RecipientVisitResponse>>([.. visits.Select(v => new RecipientVisitResponse(
            v.Id, v.Date, v.WindowStart, v.WindowEnd, v.Minutes, v.DoubleStaffing, v.Status, v.PlannedStart, v.StaffIds, v.IsPublished,
            [.. v.Lines.Select(l => l.ServiceCode)]))]);
    }

    private static async Task<Results<Ok<IReadOnlyList<CareTaskResponse>>, NotFound>> TasksAsync(Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (!await KnownAsync(deps, id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var tasks = await deps.Db.CareTasks.AsNoTracking().Where(t => t.RecipientId == id).OrderBy(t => t.ValidFrom).ThenBy(t => t.WindowStart).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CareTaskResponse>>([.. tasks.Select(Response)]);
    }

    private static async Task<Results<Ok<CareTaskResponse>, NotFound, ValidationProblem>> PreferAsync(
        Guid id, Guid taskId, TaskPreferenceRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require((request.WindowStart is null) == (request.WindowEnd is null), "windowEnd", "windowStart and windowEnd go together")
            .Require(request.WindowStart is null || request.WindowEnd >= request.WindowStart, "windowEnd", "must not be before windowStart");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var task = await deps.Db.CareTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.RecipientId == id && t.MunicipalityId == municipality, cancellationToken);
        if (task is null)
        {
            return TypedResults.NotFound();
        }
        var rule = request.Weekdays is { Count: > 0 } days
            ? (task.Recurrence.Contains("INTERVAL=", StringComparison.Ordinal)
                ? task.Recurrence[..(task.Recurrence.IndexOf(";BYDAY=", StringComparison.Ordinal) is var i and >= 0 ? i : task.Recurrence.Length)]
                : "FREQ=WEEKLY") + ";BYDAY=" + string.Join(',', days.Distinct().Order().Select(d => DayCodes[(int)d]))
            : null;
        task.Prefer(rule, request.WindowStart, request.WindowEnd);
        await deps.Demand.RefreshAsync(municipality, id, deps.Clock.Today, cancellationToken);
        await deps.Db.SaveChangesAsync(cancellationToken);
        foreach (var (_, date) in deps.Demand.WithdrawnPublishedDays)
        {
            await deps.WorkLists.InvalidateAsync(municipality, date, cancellationToken);
        }
        return TypedResults.Ok(Response(task));
    }

    private static async Task<Results<Created<UnavailabilityResponse>, NotFound, ValidationProblem>> AwayAsync(
        Guid id, UnavailabilityRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require(request.FirstDay is not null, "firstDay", "is required")
            .Require(request.LastDay is not null && (request.FirstDay is null || request.LastDay >= request.FirstDay), "lastDay", "is required, not before firstDay")
            .Require(request.Reason is "hospital" or "away", "reason", "must be hospital or away");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (!await KnownAsync(deps, id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var away = Unavailability.Register(municipality, id, request.FirstDay!.Value, request.LastDay!.Value, request.Reason!);
        deps.Db.Unavailability.Add(away);
        var affected = await deps.Db.Visits.Where(v => v.RecipientId == id && v.Date >= away.FirstDay && v.Date <= away.LastDay && v.Status == VisitStatus.Open).ToListAsync(cancellationToken);
        var reason = away.Reason == "hospital" ? "recipient in hospital" : "recipient away";
        foreach (var visit in affected)
        {
            deps.Demand.Withdraw(visit, reason);
        }
        await deps.Db.SaveChangesAsync(cancellationToken);
        foreach (var date in affected.Select(v => v.Date).Distinct())
        {
            await deps.WorkLists.InvalidateAsync(municipality, date, cancellationToken);
        }
        return TypedResults.Created($"/api/scheduling/recipients/{id}/unavailability", new UnavailabilityResponse(away.Id, away.FirstDay, away.LastDay, away.Reason, affected.Count));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> StaffPreferenceAsync(
        Guid id, Guid staffId, StaffPreferenceRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (request.Refused is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["refused"] = ["is required: true to refuse, false to prefer"] });
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        if (!await KnownAsync(deps, id, cancellationToken) || !await deps.Db.Staff.AnyAsync(s => s.Id == staffId && s.MunicipalityId == municipality, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var preference = await deps.Db.StaffPreferences.FirstOrDefaultAsync(p => p.RecipientId == id && p.StaffId == staffId, cancellationToken);
        if (preference is null)
        {
            deps.Db.StaffPreferences.Add(StaffPreference.Create(municipality, id, staffId, request.Refused.Value));
        }
        else
        {
            preference.Set(request.Refused.Value);
        }
        await deps.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static CareTaskResponse Response(CareTask t) => new(
        t.Id, t.DecisionId, t.ServiceLineId, t.ServiceCode, t.Competence, t.Minutes, t.DoubleStaffing, t.Recurrence, t.WindowStart, t.WindowEnd,
        t.PreferredRecurrence, t.PreferredWindowStart, t.PreferredWindowEnd, t.ValidFrom, t.ValidTo);
}
