using CareServices.Activities.Api.Api.Interests;
using CareServices.Activities.Api.Api.SignUps;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Matching;
using CareServices.Activities.Domain.Recipients;
using CareServices.Activities.Domain.SignUps;
using CareServices.Activities.Domain.Volunteers;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Matching;

/// <summary>
/// Loads what matching needs for one recipient and asks the domain's matchers. The municipality's published
/// activities and active volunteers come from <see cref="MatchingCatalogue"/> (reloaded when either table changed),
/// their occurrences from <see cref="OccurrenceCache"/>; sign-ups, trips and visits are read fresh.
/// </summary>
public sealed class RecipientMatching(ActivitiesDbContext db, TransportDispatcher transport, MunicipalityTime time, OccurrenceCache occurrences, MatchingCatalogue catalogue)
{

    public async Task<RecipientProfile?> ProfileAsync(string municipalityId, Guid recipientId, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.AsNoTracking().Of(municipalityId).FirstOrDefaultAsync(r => r.Id == recipientId, cancellationToken);
        if (recipient is null)
        {
            return null;
        }
        var checklist = (await NewestChecklists.ForAsync(db, municipalityId, [recipientId], cancellationToken)).GetValueOrDefault(recipientId);
        return new RecipientProfile(recipient.Id, recipient.Zone, recipient.Latitude, recipient.Longitude, recipient.PreferredLanguage, checklist);
    }

    public async Task<IReadOnlyList<ActivitySuggestion>> ActivitiesAsync(string municipalityId, RecipientProfile profile, int days, CancellationToken cancellationToken)
    {
        var from = time.Now;
        var to = from.AddDays(days);
        var snapshot = await catalogue.ForAsync(db, municipalityId, cancellationToken);
        var activities = snapshot.Activities.Where(a => a.Zone == null || a.Zone == profile.Zone);
        var signedUp = await db.SignUps.AsNoTracking().Of(municipalityId)
            .Where(s => s.RecipientId == profile.RecipientId && s.Status != SignUpStatus.Cancelled && s.OccurrenceStart >= from)
            .Select(s => new { s.ActivityId, s.OccurrenceStart })
            .ToListAsync(cancellationToken);
        var taken = signedUp.Select(s => (s.ActivityId, s.OccurrenceStart)).ToHashSet();
        var visits = await db.PlannedVisits.AsNoTracking().Of(municipalityId)
            .Where(v => v.RecipientId == profile.RecipientId && !v.Cancelled && v.End > from && v.Start < to)
            .Select(v => new Occurrence(v.Start, v.End))
            .ToListAsync(cancellationToken);
        var drivers = await transport.DriversAsync(
            snapshot.Volunteers.Where(v => v.ConsentToContact && v.Roles.Contains(VolunteerRole.Driver)).ToList(),
            from, to, cancellationToken);
        var candidates = activities.Select(a => (a, occurrences.Between(a, from, to).Where(o => !taken.Contains((a.Id, o.Start)))));
        return new ActivityMatcher(time.TimeZone(municipalityId)).Suggest(profile, candidates, visits, drivers);
    }

    public async Task<IReadOnlyList<VolunteerSuggestion>> VolunteersAsync(string municipalityId, RecipientProfile profile, VolunteerRole role, CancellationToken cancellationToken)
    {
        var volunteers = (await catalogue.ForAsync(db, municipalityId, cancellationToken)).Volunteers;
        var load = await db.VolunteerAssignments.AsNoTracking().Of(municipalityId)
            .Where(a => a.EndedAt == null)
            .GroupBy(a => a.VolunteerId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return VolunteerMatcher.Suggest(profile, role, volunteers, load, time.Today(municipalityId));
    }
}
