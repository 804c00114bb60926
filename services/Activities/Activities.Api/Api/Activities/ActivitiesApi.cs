using CareServices.Activities.Api.Api.SignUps;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Api.Security;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.SignUps;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Activities;

/// <summary>
/// Activities in the calendar: published, changed and cancelled by coordinators, each change with its event in the
/// same transaction (outbox). Changing or cancelling ends the sign-ups of occurrences that no longer take place.
/// </summary>
public static class ActivitiesApi
{
    public sealed record Services(ActivitiesDbContext Db, TenantAccessor Tenant, MunicipalityTime Time, SignUpDesk Desk);

    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/activities/activities").WithTags("Activities").RequireAuthorization(ActivitiesPolicies.CalendarReaders);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetActivity").WithSummary("One activity with place, schedule and status");
        group.MapGet("/{id:guid}/occurrences", OccurrencesAsync).WithName("ListOccurrences")
            .WithSummary("The occurrences of an activity between from and to (default: the next 90 days)");
        group.MapPost("/", PublishAsync).RequireAuthorization(ActivitiesPolicies.Coordinators)
            .WithName("PublishActivity").WithSummary("Publishes an activity (ActivityPublished)");
        group.MapPut("/{id:guid}", ChangeAsync).RequireAuthorization(ActivitiesPolicies.Coordinators)
            .WithName("ChangeActivity").WithSummary("Changes a published activity (ActivityChanged)");
        group.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(ActivitiesPolicies.Coordinators)
            .WithName("CancelActivity").WithSummary("Cancels an activity or one occurrence of it (ActivityCancelled)");
        return app;
    }

    private static async Task<Results<Ok<ActivityResponse>, NotFound>> GetAsync(Guid id, [AsParameters] Services services, CancellationToken cancellationToken) =>
        await services.Db.Activities.AsNoTracking().Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } activity
            ? TypedResults.Ok(ActivityResponse.From(activity))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<List<OccurrenceResponse>>, NotFound, ProblemHttpResult>> OccurrencesAsync(
        Guid id, DateTimeOffset? from, DateTimeOffset? to, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var activity = await services.Db.Activities.AsNoTracking().Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }
        var start = from ?? services.Time.Now;
        var end = to ?? start.AddDays(90);
        if (end <= start || end - start > TimeSpan.FromDays(400))
        {
            return Problems.Unprocessable("to", "must be after from, at most 400 days later");
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(activity.Schedule.TimeZone);
        return TypedResults.Ok(activity.OccurrencesBetween(start, end)
            .Select(o => new OccurrenceResponse(o.Start, o.End, MunicipalityTime.Local(o.Start, zone), MunicipalityTime.Local(o.End, zone)))
            .ToList());
    }

    private static async Task<Results<Created<ActivityResponse>, ProblemHttpResult>> PublishAsync(
        ActivityRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var (details, errors) = await ActivityValidator.ValidateAsync(request, municipality, services.Db, services.Time, cancellationToken);
        if (details is null)
        {
            return Problems.Unprocessable(errors);
        }
        var now = services.Time.Now;
        var activity = Activity.Publish(municipality, request.OrganiserId!.Value, details, now);
        services.Db.Activities.Add(activity);
        services.Db.AddOutboxMessage(ActivityEvents.Published(activity, now), activity.Id.ToString());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/activities/activities/{activity.Id}", ActivityResponse.From(activity));
    }

    private static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> ChangeAsync(
        Guid id, ActivityRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var activity = await services.Db.Activities.Of(municipality).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }
        if (activity.Status == ActivityStatus.Cancelled)
        {
            return Problems.Conflict("status", "the activity is cancelled and can no longer be changed");
        }
        var (details, errors) = await ActivityValidator.ValidateAsync(request, municipality, services.Db, services.Time, cancellationToken);
        if (details is null)
        {
            return Problems.Unprocessable(errors);
        }
        var now = services.Time.Now;
        var capacityBefore = activity.Capacity;
        var changes = activity.Change(request.OrganiserId!.Value, details, now);
        if (changes.Count == 0)
        {
            return TypedResults.Ok(ActivityResponse.From(activity));
        }
        var signUps = await FutureSignUpsAsync(services.Db, activity.Id, now, null, cancellationToken);
        foreach (var signUp in signUps.Where(s => activity.Schedule.At(s.OccurrenceStart) is null))
        {
            // The occurrence no longer exists in the new schedule; the recipient is told through ActivityChanged.
            signUp.Cancel(now);
        }
        var recipients = signUps.Select(s => s.RecipientId).Distinct().ToList();
        services.Db.AddOutboxMessage(ActivityEvents.Changed(activity, changes, recipients, now), activity.Id.ToString());
        await services.Db.SaveChangesAsync(cancellationToken);
        if (changes.Contains("capacity") && (activity.Capacity is null || activity.Capacity > capacityBefore))
        {
            // Seats that came free go to those already waiting, before anyone who signs up next.
            await services.Desk.FillFreeSeatsAsync(activity.Id, cancellationToken);
        }
        return TypedResults.Ok(ActivityResponse.From(activity));
    }

    private static async Task<Results<Ok<ActivityResponse>, NotFound, ProblemHttpResult>> CancelAsync(
        Guid id, CancelRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var activity = await services.Db.Activities.Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }
        if ((request.Reason?.Length ?? 0) > 500)
        {
            return Problems.Unprocessable("reason", "is at most 500 characters");
        }
        if (activity.Status == ActivityStatus.Cancelled)
        {
            return Problems.Conflict("status", "the activity is already cancelled");
        }
        var now = services.Time.Now;
        // Instants are compared and stored in UTC (Npgsql writes no other offset), whatever offset the caller gave.
        var occurrenceStart = request.OccurrenceStart?.ToUniversalTime();
        if (occurrenceStart is { } occurrence)
        {
            if (activity.Schedule.At(occurrence) is null)
            {
                return Problems.Unprocessable("occurrenceStart", "is not the start of an occurrence of this activity");
            }
            if (occurrence <= now)
            {
                return Problems.Conflict("occurrenceStart", "the occurrence has already started");
            }
            if (activity.IsCancelled(occurrence))
            {
                return Problems.Conflict("occurrenceStart", "the occurrence is already cancelled");
            }
            activity.CancelOccurrence(occurrence, now);
        }
        else
        {
            activity.Cancel(request.Reason?.Trim(), now);
        }
        var signUps = await FutureSignUpsAsync(services.Db, activity.Id, now, occurrenceStart, cancellationToken);
        foreach (var signUp in signUps)
        {
            signUp.Cancel(now);
        }
        var recipients = signUps.Select(s => s.RecipientId).Distinct().ToList();
        services.Db.AddOutboxMessage(ActivityEvents.Cancelled(activity, occurrenceStart, request.Reason?.Trim(), recipients, now), activity.Id.ToString());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ActivityResponse.From(activity));
    }

    private static Task<List<SignUp>> FutureSignUpsAsync(ActivitiesDbContext db, Guid activityId, DateTimeOffset now, DateTimeOffset? occurrence, CancellationToken cancellationToken) =>
        db.SignUps
            .Where(s => s.ActivityId == activityId && s.OccurrenceStart > now && s.Status != SignUpStatus.Cancelled)
            .Where(s => occurrence == null || s.OccurrenceStart == occurrence)
            .ToListAsync(cancellationToken);
}
