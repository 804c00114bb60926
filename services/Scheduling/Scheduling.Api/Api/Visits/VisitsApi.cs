using System.Security.Claims;
using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Api.Routing;
using CareServices.Scheduling.Api.WorkLists;
using CareServices.Scheduling.Domain.Visits;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Api.Visits;

/// <summary>
/// Electronic visit verification: the care worker checks in at the door and out when leaving, with the outcome.
/// Only the staff planned for the visit (the token's <c>staff_id</c>) may do so.
/// </summary>
public static class VisitsApi
{
    /// <summary>A check-in further than this from the recipient's address is accepted with a warning.</summary>
    public const double PositionToleranceMetres = 200;

    private static readonly string[] Outcomes = [VisitStatus.Completed, VisitStatus.NotHome, VisitStatus.Declined];

    public static IEndpointRouteBuilder MapVisitsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scheduling/visits").WithTags("Visits").RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/check-in", CheckInAsync).WithName("CheckIn")
            .WithSummary("The planned care worker arrives; a position more than 200 m from the address is kept as a warning; a second check-in is 409");
        group.MapPost("/{id:guid}/check-out", CheckOutAsync).WithName("CheckOut")
            .WithSummary("Ends the visit as completed, notHome or declined; publishes VisitCompleted, RecipientNotHome or VisitDeclined; before check-in it is 422");
        return app;
    }

    public sealed record Dependencies(SchedulingDbContext Db, TenantAccessor Tenant, SchedulingClock Clock, WorkListCache WorkLists);

    private static async Task<(Visit? Visit, ProblemDetails? Forbidden)> FindOwnAsync(Guid id, ClaimsPrincipal user, Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var visit = await deps.Db.Visits.FirstOrDefaultAsync(v => v.Id == id && v.MunicipalityId == municipality, cancellationToken);
        if (visit is null)
        {
            return (null, null);
        }
        var staff = user.StaffId();
        return staff is { } own && visit.PublishedStaffIds.Contains(own)
            ? (visit, null)
            : (null, Problems.Forbidden("id", "only a staff member planned for this visit checks in and out of it"));
    }

    private static async Task<Results<Ok<VisitExecutionResponse>, NotFound, ProblemHttpResult, Conflict<ProblemDetails>, ValidationProblem>> CheckInAsync(
        Guid id, CheckInRequest request, ClaimsPrincipal user, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require((request.Latitude is null) == (request.Longitude is null), "longitude", "latitude and longitude go together")
            .Require(request.Latitude is null or (>= -90 and <= 90), "latitude", "must be −90 to 90")
            .Require(request.Longitude is null or (>= -180 and <= 180), "longitude", "must be −180 to 180");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var (visit, forbidden) = await FindOwnAsync(id, user, deps, cancellationToken);
        if (forbidden is not null)
        {
            return TypedResults.Problem(forbidden);
        }
        if (visit is null)
        {
            return TypedResults.NotFound();
        }
        if (visit.Status != VisitStatus.Open)
        {
            return TypedResults.Conflict(Problems.Conflict("id", visit.Status == VisitStatus.CheckedIn ? "the visit is already checked in" : $"the visit is {visit.Status}"));
        }
        var warnings = new List<string>();
        if (request.Latitude is { } lat && request.Longitude is { } lon)
        {
            var home = await deps.Db.Recipients.AsNoTracking().Where(r => r.Id == visit.RecipientId).Select(r => new { r.Latitude, r.Longitude }).FirstAsync(cancellationToken);
            var metres = StraightLineTravelTimes.Haversine(new GeoPoint(lat, lon), new GeoPoint(home.Latitude, home.Longitude)) * 1000;
            if (metres > PositionToleranceMetres)
            {
                warnings.Add($"checked in {metres:0} m from the recipient's address");
            }
        }
        visit.CheckIn(user.StaffId()!.Value, request.At ?? deps.Clock.Now, warnings.FirstOrDefault());
        if (visit.MissedAt is not null)
        {
            // Reported missed already: whoever is chasing it can stop.
            deps.Db.AddOutboxMessage(new VisitCheckedInLate
            {
                OccurredAt = deps.Clock.Now, MunicipalityId = visit.MunicipalityId, VisitId = visit.Id, RecipientId = visit.RecipientId, Date = visit.Date,
                WindowStart = deps.Clock.At(visit.Date, visit.WindowStart).ToUniversalTime(), StaffId = visit.CheckedInBy!.Value, CheckedInAt = visit.CheckedInAt!.Value,
            }, visit.Id.ToString());
        }
        await deps.Db.SaveChangesAsync(cancellationToken);
        await deps.WorkLists.InvalidateAsync(visit.MunicipalityId, visit.Date, cancellationToken);
        return TypedResults.Ok(new VisitExecutionResponse(visit.Id, visit.Status, visit.CheckedInAt, null, null, warnings));
    }

    private static async Task<Results<Ok<VisitExecutionResponse>, NotFound, ProblemHttpResult, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>, ValidationProblem>> CheckOutAsync(
        Guid id, CheckOutRequest request, ClaimsPrincipal user, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (request.Outcome is null || !Outcomes.Contains(request.Outcome))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["outcome"] = [$"must be one of: {string.Join(", ", Outcomes)}"] });
        }
        var (visit, forbidden) = await FindOwnAsync(id, user, deps, cancellationToken);
        if (forbidden is not null)
        {
            return TypedResults.Problem(forbidden);
        }
        if (visit is null)
        {
            return TypedResults.NotFound();
        }
        if (visit.Status == VisitStatus.Open)
        {
            return TypedResults.UnprocessableEntity(Problems.Unprocessable("id", "check in before checking out"));
        }
        if (visit.Status != VisitStatus.CheckedIn)
        {
            return TypedResults.Conflict(Problems.Conflict("id", $"the visit is already {visit.Status}"));
        }
        var at = request.At ?? deps.Clock.Now;
        if (at < visit.CheckedInAt)
        {
            return TypedResults.UnprocessableEntity(Problems.Unprocessable("at", "check-out cannot be before check-in"));
        }
        visit.CheckOut(request.Outcome, at);
        var staff = user.StaffId()!.Value;
        var now = deps.Clock.Now;
        var aggregate = visit.Id.ToString();
        var minutes = (int)Math.Round((visit.CheckedOutAt!.Value - visit.CheckedInAt!.Value).TotalMinutes);
        switch (request.Outcome)
        {
            case VisitStatus.Completed:
                deps.Db.AddOutboxMessage(new VisitCompleted
                {
                    OccurredAt = now, MunicipalityId = visit.MunicipalityId, VisitId = visit.Id, RecipientId = visit.RecipientId, Date = visit.Date,
                    StaffId = staff, CheckedInAt = visit.CheckedInAt.Value, CheckedOutAt = visit.CheckedOutAt.Value, ActualMinutes = minutes,
                    PlannedLines = [.. visit.Lines.GroupBy(l => l.ServiceLineId).Select(g => new PlannedServiceMinutes { ServiceLineId = g.Key, Minutes = g.Sum(l => l.Minutes) })],
                }, aggregate);
                break;
            case VisitStatus.NotHome:
                deps.Db.AddOutboxMessage(new RecipientNotHome
                {
                    OccurredAt = now, MunicipalityId = visit.MunicipalityId, VisitId = visit.Id, RecipientId = visit.RecipientId, Date = visit.Date,
                    StaffId = staff, ReportedAt = visit.CheckedOutAt.Value,
                }, aggregate);
                break;
            default:
                deps.Db.AddOutboxMessage(new VisitDeclined
                {
                    OccurredAt = now, MunicipalityId = visit.MunicipalityId, VisitId = visit.Id, RecipientId = visit.RecipientId, Date = visit.Date,
                    StaffId = staff, ReportedAt = visit.CheckedOutAt.Value,
                }, aggregate);
                break;
        }
        await deps.Db.SaveChangesAsync(cancellationToken);
        await deps.WorkLists.InvalidateAsync(visit.MunicipalityId, visit.Date, cancellationToken);
        return TypedResults.Ok(new VisitExecutionResponse(visit.Id, visit.Status, visit.CheckedInAt, visit.CheckedOutAt, minutes, []));
    }
}
