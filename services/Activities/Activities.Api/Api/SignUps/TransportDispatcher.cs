using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Matching;
using CareServices.Activities.Domain.SignUps;
using CareServices.Activities.Domain.Volunteers;
using CareServices.Contracts.Activities;
using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.SignUps;

/// <summary>
/// Gives a confirmed sign-up that asked for transport a driver volunteer (<see cref="DriverFinder"/>) and queues
/// <c>TransportArranged</c>. Runs inside the caller's transaction, under the municipality's driver lock.
/// </summary>
public sealed class TransportDispatcher(ActivitiesDbContext db)
{
    public async Task<Volunteer?> ArrangeAsync(SignUp signUp, Activity activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.AsNoTracking().FirstOrDefaultAsync(r => r.Id == signUp.RecipientId, cancellationToken);
        if (recipient is null)
        {
            return null;
        }
        await AdvisoryLocks.ForDriversAsync(db, signUp.MunicipalityId, cancellationToken);
        var drivers = await DriversAsync(signUp.MunicipalityId, signUp.OccurrenceStart.AddDays(-1), signUp.OccurrenceStart.AddDays(1), cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(activity.Schedule.TimeZone);
        var driver = DriverFinder.Find(drivers, recipient.Zone, recipient.Latitude, recipient.Longitude,
            new Occurrence(signUp.OccurrenceStart, signUp.OccurrenceEnd), zone);
        if (driver is null)
        {
            return null;
        }
        signUp.ArrangeTransport(driver.Id);
        db.AddOutboxMessage(new TransportArranged
        {
            OccurredAt = now,
            MunicipalityId = signUp.MunicipalityId,
            SignUpId = signUp.Id,
            ActivityId = activity.Id,
            RecipientId = signUp.RecipientId,
            DriverVolunteerId = driver.Id,
            DriverName = driver.Name,
            DriverPhone = driver.Phone,
            ActivityTitle = activity.Title,
            OccurrenceStart = signUp.OccurrenceStart,
        }, signUp.Id.ToString());
        return driver;
    }

    /// <summary>The municipality's drivers with the trips (sign-ups they drive) between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public async Task<List<DriverCandidate>> DriversAsync(string municipalityId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var volunteers = (await db.Volunteers.AsNoTracking().Of(municipalityId)
            .Where(v => v.Status == VolunteerStatus.Active && v.ConsentToContact)
            .ToListAsync(cancellationToken)).Where(v => v.Roles.Contains(VolunteerRole.Driver)).ToList();
        return await DriversAsync(volunteers, from, to, cancellationToken);
    }

    /// <summary><paramref name="drivers"/> with the trips they drive between <paramref name="from"/> and <paramref name="to"/>, read fresh.</summary>
    public async Task<List<DriverCandidate>> DriversAsync(List<Volunteer> drivers, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var ids = drivers.Select(v => v.Id).ToList();
        var trips = await db.SignUps.AsNoTracking()
            .Where(s => s.DriverVolunteerId != null && ids.Contains(s.DriverVolunteerId.Value) && s.Status != SignUpStatus.Cancelled
                && s.OccurrenceStart < to && s.OccurrenceEnd > from)
            .Select(s => new { Driver = s.DriverVolunteerId!.Value, s.OccurrenceStart, s.OccurrenceEnd })
            .ToListAsync(cancellationToken);
        var busy = trips.ToLookup(t => t.Driver, t => new Occurrence(t.OccurrenceStart, t.OccurrenceEnd));
        return [.. drivers.Select(v => new DriverCandidate(v, [.. busy[v.Id]]))];
    }
}
