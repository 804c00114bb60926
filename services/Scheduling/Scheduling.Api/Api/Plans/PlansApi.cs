using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.Planning;
using CareServices.Scheduling.Domain.Visits;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareServices.Scheduling.Api.Api.Plans;

/// <summary>Planning runs: start one per zone and date, follow it, adjust its visits by hand, publish it.</summary>
public static class PlansApi
{
    private const int MaxRangeDays = 14;

    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scheduling/plans").WithTags("Plans").RequireAuthorization(Policies.Staff);
        group.MapPost("/", StartAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("StartPlan").WithSummary("Plans a zone for a date (or each date up to 'to') in the background; 409 with the running plan's id if one runs");
        group.MapGet("/", ListAsync).WithName("ListPlans").WithSummary("Planning runs of a zone and date, newest first");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetPlan").WithSummary("A run's status (queued, running, done, failed, published), progress and KPIs");
        group.MapGet("/{id:guid}/visits", VisitsAsync).WithName("GetPlanVisits").WithSummary("The visits a run planned (staff, start, route order, pins)");
        group.MapPost("/{id:guid}/visits/{visitId:guid}/move", MoveAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("MovePlannedVisit").WithSummary("Moves a visit to other staff or another start and pins it there; 422 if competence, shift or absence forbid it, warnings for overlap or window");
        group.MapPost("/{id:guid}/visits/{visitId:guid}/pin", PinAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("PinPlannedVisit").WithSummary("Keeps a planned visit's staff and start through later runs");
        group.MapDelete("/{id:guid}/visits/{visitId:guid}/pin", UnpinAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("UnpinPlannedVisit").WithSummary("Lets later runs move the visit again");
        group.MapPost("/{id:guid}/publish", PublishAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("PublishPlan").WithSummary("Publishes VisitScheduled, VisitRescheduled or VisitCancelled for every visit the plan changed");
        return app;
    }

    public sealed record Dependencies(
        SchedulingDbContext Db, TenantAccessor Tenant, PlanningQueue Queue, IConnectionMultiplexer Redis, IOptions<PlanningOptions> Options, SchedulingClock Clock);

    private static async Task<Results<Accepted<PlanQueued>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ValidationProblem>> StartAsync(
        PlanRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var options = deps.Options.Value;
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Zone), "zone", "is required")
            .Require(request.Date is not null, "date", "is required")
            .Require(request.To is null || request.Date is null || (request.To >= request.Date && request.To.Value.DayNumber - request.Date.Value.DayNumber < MaxRangeDays), "to", $"must be on or after date, at most {MaxRangeDays} days in all")
            .Require(request.TimeLimitSeconds is null || (request.TimeLimitSeconds >= 1 && request.TimeLimitSeconds <= options.MaxTimeLimitSeconds), "timeLimitSeconds", $"must be 1–{options.MaxTimeLimitSeconds}");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var zone = request.Zone!.Trim();
        var known = await deps.Db.Staff.AnyAsync(s => s.MunicipalityId == municipality && s.Zone == zone, cancellationToken)
            || await deps.Db.Recipients.AnyAsync(r => r.MunicipalityId == municipality && r.Zone == zone, cancellationToken);
        if (!known)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "Unknown zone", Detail = $"zone: no staff or recipients in '{zone}'", Status = 404, Extensions = { ["field"] = "zone" } });
        }
        var queued = new List<Guid>();
        for (var date = request.Date!.Value; date <= (request.To ?? request.Date.Value); date = date.AddDays(1))
        {
            var (run, running) = await deps.Queue.TryQueueAsync(municipality, zone, date, "plan", request.TimeLimitSeconds ?? options.DefaultTimeLimitSeconds, cancellationToken);
            if (run is null)
            {
                return TypedResults.Conflict(Problems.Conflict("date", $"a planning run for {zone} on {date:yyyy-MM-dd} is already under way", new { RunningPlanId = running, QueuedPlanIds = queued }));
            }
            queued.Add(run.Id);
        }
        return TypedResults.Accepted($"/api/scheduling/plans/{queued[0]}", new PlanQueued(queued));
    }

    private static async Task<Results<Ok<IReadOnlyList<PlanResponse>>, ValidationProblem>> ListAsync(
        string? zone, DateOnly? date, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(zone) || date is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [date is null ? "date" : "zone"] = ["is required"] });
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var runs = await deps.Db.PlanRuns.AsNoTracking().Where(p => p.MunicipalityId == municipality && p.Zone == zone && p.Date == date)
            .OrderByDescending(p => p.RequestedAt).Take(50).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PlanResponse>>([.. runs.Select(r => Response(r, null))]);
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound>> GetAsync(Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var run = await FindAsync(deps, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }
        PlanProgress? progress = null;
        if (run.Status == PlanStatus.Running && (string?)await deps.Redis.GetDatabase().StringGetAsync(PlanningQueue.ProgressKey(id)) is { } value
            && value.Split('|') is [var elapsed, var best])
        {
            progress = new PlanProgress(double.Parse(elapsed, System.Globalization.CultureInfo.InvariantCulture), double.Parse(best, System.Globalization.CultureInfo.InvariantCulture), run.TimeLimitSeconds);
        }
        return TypedResults.Ok(Response(run, progress));
    }

    private static async Task<Results<Ok<IReadOnlyList<PlannedVisitResponse>>, NotFound>> VisitsAsync(Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var run = await FindAsync(deps, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }
        var visits = await deps.Db.Visits.AsNoTracking().Where(v => v.PlanId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PlannedVisitResponse>>([.. visits.OrderBy(v => v.StaffIds.FirstOrDefault()).ThenBy(v => v.RouteOrder).Select(VisitResponse)]);
    }

    private static async Task<Results<Ok<MoveResponse>, NotFound, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>, ValidationProblem>> MoveAsync(
        Guid id, Guid visitId, MoveRequest request, MoveValidator validator, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (request.StaffIds is not { Count: > 0 } || request.Start is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.Start is null ? "start" : "staffIds"] = ["is required"] });
        }
        var (visit, conflict) = await EditableAsync(deps, id, visitId, cancellationToken);
        if (conflict is not null)
        {
            return TypedResults.Conflict(conflict);
        }
        if (visit is null)
        {
            return TypedResults.NotFound();
        }
        var outcome = await validator.CheckAsync(visit, request.StaffIds, request.Start.Value, cancellationToken);
        if (outcome.Refusal is not null)
        {
            return TypedResults.UnprocessableEntity(Problems.Unprocessable(outcome.Field!, outcome.Refusal));
        }
        visit.Pin(request.Start.Value, request.StaffIds);
        await deps.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new MoveResponse(VisitResponse(visit), outcome.Warnings));
    }

    private static async Task<Results<Ok<PlannedVisitResponse>, NotFound, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> PinAsync(
        Guid id, Guid visitId, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var (visit, conflict) = await EditableAsync(deps, id, visitId, cancellationToken);
        if (conflict is not null)
        {
            return TypedResults.Conflict(conflict);
        }
        if (visit is null)
        {
            return TypedResults.NotFound();
        }
        if (visit.PlannedStart is null)
        {
            return TypedResults.UnprocessableEntity(Problems.Unprocessable("visitId", "the visit is not planned; move it to staff and a start to pin it"));
        }
        visit.Pin(visit.PlannedStart.Value, visit.StaffIds);
        await deps.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VisitResponse(visit));
    }

    private static async Task<Results<Ok<PlannedVisitResponse>, NotFound, Conflict<ProblemDetails>>> UnpinAsync(
        Guid id, Guid visitId, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var (visit, conflict) = await EditableAsync(deps, id, visitId, cancellationToken);
        if (conflict is not null)
        {
            return TypedResults.Conflict(conflict);
        }
        if (visit is null)
        {
            return TypedResults.NotFound();
        }
        visit.Unpin();
        await deps.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VisitResponse(visit));
    }

    private static async Task<Results<Ok<PublishResponse>, NotFound, Conflict<ProblemDetails>>> PublishAsync(
        Guid id, PlanPublisher publisher, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var run = await deps.Db.PlanRuns.FirstOrDefaultAsync(p => p.Id == id && p.MunicipalityId == municipality, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }
        if (run.Status is not (PlanStatus.Done or PlanStatus.Published))
        {
            return TypedResults.Conflict(Problems.Conflict("status", $"only a finished plan can be published; this one is {run.Status}"));
        }
        if (await Superseded(deps, run, cancellationToken))
        {
            return TypedResults.Conflict(Problems.Conflict("id", "a newer run for this zone and date has replaced this plan's visits"));
        }
        var changed = await publisher.PublishAsync(run, cancellationToken);
        return TypedResults.Ok(new PublishResponse(run.Id, changed));
    }

    private static Task<bool> Superseded(Dependencies deps, PlanRun run, CancellationToken cancellationToken) =>
        deps.Db.PlanRuns.AnyAsync(p => p.MunicipalityId == run.MunicipalityId && p.Zone == run.Zone && p.Date == run.Date && p.RequestedAt > run.RequestedAt
            && (p.Status == PlanStatus.Done || p.Status == PlanStatus.Published || p.Status == PlanStatus.Running), cancellationToken);

    /// <summary>The plan's visit if it may be changed now; a conflict when the plan or visit is past changing; neither when not found.</summary>
    private static async Task<(Visit? Visit, ProblemDetails? Conflict)> EditableAsync(Dependencies deps, Guid id, Guid visitId, CancellationToken cancellationToken)
    {
        var run = await FindAsync(deps, id, cancellationToken);
        if (run is null)
        {
            return (null, null);
        }
        if (run.Status is not (PlanStatus.Done or PlanStatus.Published))
        {
            return (null, Problems.Conflict("status", $"visits of a {run.Status} plan cannot be changed"));
        }
        var visit = await deps.Db.Visits.FirstOrDefaultAsync(v => v.Id == visitId && v.PlanId == id, cancellationToken);
        if (visit is not null && visit.Status != VisitStatus.Open)
        {
            return (null, Problems.Conflict("visitId", $"the visit is {visit.Status}"));
        }
        return (visit, null);
    }

    private static Task<PlanRun?> FindAsync(Dependencies deps, Guid id, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        return deps.Db.PlanRuns.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.MunicipalityId == municipality, cancellationToken);
    }

    private static PlanResponse Response(PlanRun r, PlanProgress? progress) => new(
        r.Id, r.Zone, r.Date, r.Kind, r.Status, r.RequestedAt, r.StartedAt, r.FinishedAt, r.PublishedAt, r.Error, progress,
        r.Status is PlanStatus.Done or PlanStatus.Published
            ? new PlanKpiFigures(r.Visits, r.Unassigned, r.UnassignedVisitIds, r.Presence, 0.65, r.DistinctStaffPerRecipientShift, r.ContactPersonShare, r.TravelShare, r.Objective)
            : null);

    private static PlannedVisitResponse VisitResponse(Visit v) => new(
        v.Id, v.RecipientId, v.Date, v.WindowStart, v.WindowEnd, v.Minutes, v.PlannedStart, v.StaffIds, v.RouteOrder, v.Pinned, v.DoubleStaffing,
        [.. v.RequiredCompetences], v.Status);
}
