using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.SignUps;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.SignUps;

/// <summary>
/// Takes and gives back seats. Each runs in one transaction under the occurrence's advisory lock: the seat count it
/// reads is the one it writes against, so of two requests for the last seat exactly one gets it and the other goes
/// to the wait list; a seat that comes free (cancelled, or a raised capacity) goes to the first on the wait list, never
/// to someone signing up after them. Events go out through the outbox.
/// </summary>
public sealed class SignUpDesk(ActivitiesDbContext db, TransportDispatcher transport, TimeProvider timeProvider)
{
    public async Task<Results<Created<SignUpResponse>, NotFound, ProblemHttpResult>> SignUpAsync(
        Activity activity, Guid recipientId, DateTimeOffset occurrenceStart, bool wantsTransport, string signedUpBy, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await AdvisoryLocks.ForOccurrenceAsync(db, activity.Id, occurrenceStart, ct);
            var current = await db.Activities.AsNoTracking().FirstAsync(a => a.Id == activity.Id, ct);
            var now = timeProvider.GetUtcNow();
            if (Refusal(current, occurrenceStart, now) is { } refusal)
            {
                return refusal;
            }
            var occurrence = current.Schedule.At(occurrenceStart)!.Value;
            var active = await MoveUpAsync(current, occurrenceStart, now, ct);
            if (active.Any(s => s.RecipientId == recipientId))
            {
                return Problems.Conflict("recipientId", "is already signed up for this occurrence");
            }
            var seatFree = current.Capacity is not { } capacity || active.Count(s => s.Status == SignUpStatus.Confirmed) < capacity;
            var signUp = SignUp.Take(current.MunicipalityId, current.Id, occurrence.Start, occurrence.End, recipientId, seatFree, wantsTransport, signedUpBy, now);
            db.SignUps.Add(signUp);
            int? position = seatFree ? null : 1 + active.Count(s => s.Status == SignUpStatus.WaitListed);
            db.AddOutboxMessage(SignUpEvents.SignedUp(signUp, current, position, false, now), signUp.Id.ToString());
            if (seatFree && wantsTransport && !current.TransportOffered)
            {
                await transport.ArrangeAsync(signUp, current, now, ct);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (Results<Created<SignUpResponse>, NotFound, ProblemHttpResult>)TypedResults.Created(
                $"/api/activities/sign-ups/{signUp.Id}", SignUpResponse.From(signUp, position));
        }, cancellationToken);
    }

    public async Task<Results<Ok<SignUpResponse>, NotFound, ProblemHttpResult>> CancelAsync(SignUp signUp, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await AdvisoryLocks.ForOccurrenceAsync(db, signUp.ActivityId, signUp.OccurrenceStart, ct);
            var current = await db.SignUps.FirstAsync(s => s.Id == signUp.Id, ct);
            var activity = await db.Activities.AsNoTracking().FirstAsync(a => a.Id == current.ActivityId, ct);
            var now = timeProvider.GetUtcNow();
            if (current.Status == SignUpStatus.Cancelled)
            {
                return Problems.Conflict("status", "the sign-up is already cancelled");
            }
            if (current.OccurrenceStart <= now)
            {
                return Problems.Conflict("occurrenceStart", "the occurrence has already started; record attendance instead");
            }
            current.Cancel(now);
            db.AddOutboxMessage(SignUpEvents.Cancelled(current, activity, now), current.Id.ToString());
            await MoveUpAsync(activity, current.OccurrenceStart, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (Results<Ok<SignUpResponse>, NotFound, ProblemHttpResult>)TypedResults.Ok(SignUpResponse.From(current));
        }, cancellationToken);
    }

    /// <summary>After an activity's capacity was raised or removed: each future occurrence's wait list takes the seats now free.</summary>
    public async Task FillFreeSeatsAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var waiting = await db.SignUps.AsNoTracking()
            .Where(s => s.ActivityId == activityId && s.Status == SignUpStatus.WaitListed && s.OccurrenceStart > now)
            .Select(s => s.OccurrenceStart)
            .Distinct()
            .OrderBy(start => start)
            .ToListAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        foreach (var occurrenceStart in waiting)
        {
            // One occurrence per transaction, under its own lock, as a sign-up or cancellation takes it.
            await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await AdvisoryLocks.ForOccurrenceAsync(db, activityId, occurrenceStart, ct);
                var activity = await db.Activities.AsNoTracking().FirstAsync(a => a.Id == activityId, ct);
                await MoveUpAsync(activity, occurrenceStart, timeProvider.GetUtcNow(), ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }
    }

    /// <summary>Arranges a driver for a confirmed sign-up that asked for transport and has none yet.</summary>
    public async Task<Results<Ok<SignUpResponse>, NotFound, ProblemHttpResult>> ArrangeTransportAsync(SignUp signUp, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var current = await db.SignUps.FirstAsync(s => s.Id == signUp.Id, ct);
            var activity = await db.Activities.AsNoTracking().FirstAsync(a => a.Id == current.ActivityId, ct);
            var now = timeProvider.GetUtcNow();
            if (current.Status != SignUpStatus.Confirmed)
            {
                return Problems.Conflict("status", "only a sign-up with a seat gets transport");
            }
            if (current.OccurrenceStart <= now)
            {
                return Problems.Conflict("occurrenceStart", "the occurrence has already started");
            }
            if (current.Transport == TransportStatus.Arranged)
            {
                return Problems.Conflict("transport", "a driver is already arranged");
            }
            if (activity.TransportOffered)
            {
                return Problems.Conflict("transport", "the organiser offers transport to this activity");
            }
            if (current.Transport == TransportStatus.NotRequested)
            {
                current.RequestTransport();
            }
            if (await transport.ArrangeAsync(current, activity, now, ct) is null)
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return Problems.Conflict("transport", "no driver volunteer covering the recipient's zone is free for the whole occurrence");
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (Results<Ok<SignUpResponse>, NotFound, ProblemHttpResult>)TypedResults.Ok(SignUpResponse.From(current));
        }, cancellationToken);
    }

    /// <summary>
    /// Gives the occurrence's free seats to its wait list, first signed up first (with <c>RecipientSignedUp</c> and a
    /// driver where transport was asked for), and returns its active sign-ups as they now stand. The caller holds the
    /// occurrence's lock; changes are saved by the caller's transaction.
    /// </summary>
    private async Task<List<SignUp>> MoveUpAsync(Activity activity, DateTimeOffset occurrenceStart, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Tracked, so a cancellation the caller made but has not saved yet already counts as a free seat.
        var active = (await db.SignUps
                .Where(s => s.ActivityId == activity.Id && s.OccurrenceStart == occurrenceStart && s.Status != SignUpStatus.Cancelled)
                .ToListAsync(cancellationToken))
            .Where(s => s.IsActive)
            .ToList();
        if (activity.IsCancelled(occurrenceStart) || occurrenceStart <= now)
        {
            return active;
        }
        var free = activity.Capacity is { } capacity ? capacity - active.Count(s => s.Status == SignUpStatus.Confirmed) : int.MaxValue;
        var next = active.Where(s => s.Status == SignUpStatus.WaitListed).OrderBy(s => s.SignedUpAt).ThenBy(s => s.Id).Take(Math.Max(0, free)).ToList();
        foreach (var signUp in next)
        {
            signUp.MoveUp();
            db.AddOutboxMessage(SignUpEvents.SignedUp(signUp, activity, null, true, now), signUp.Id.ToString());
            if (signUp.Transport == TransportStatus.Requested && !activity.TransportOffered)
            {
                await transport.ArrangeAsync(signUp, activity, now, cancellationToken);
            }
        }
        return active;
    }

    private static ProblemHttpResult? Refusal(Activity activity, DateTimeOffset occurrenceStart, DateTimeOffset now)
    {
        if (activity.Status == ActivityStatus.Cancelled)
        {
            return Problems.Conflict("activityId", "the activity is cancelled");
        }
        if (activity.Schedule.At(occurrenceStart) is null)
        {
            return Problems.Unprocessable("occurrenceStart", "is not the start of an occurrence of this activity");
        }
        if (activity.IsCancelled(occurrenceStart))
        {
            return Problems.Conflict("occurrenceStart", "this occurrence is cancelled");
        }
        return occurrenceStart <= now ? Problems.Conflict("occurrenceStart", "the occurrence is in the past or has started") : null;
    }
}
