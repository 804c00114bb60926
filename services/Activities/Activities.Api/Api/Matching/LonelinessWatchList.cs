using CareServices.Activities.Api.Api.Interests;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Domain.Matching;
using CareServices.Activities.Domain.SignUps;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Matching;

/// <summary>
/// Loads a zone's recipients with their newest checklist and their last contact — the start of the last occurrence
/// they had a seat at (and were not recorded as absent), or the last day a volunteer match of theirs was active —
/// for <see cref="LonelinessWatch"/>.
/// </summary>
public sealed class LonelinessWatchList(ActivitiesDbContext db, MunicipalityTime time)
{
    public async Task<IReadOnlyList<WatchListEntry>> ForAsync(string municipalityId, string? zone, CancellationToken cancellationToken)
    {
        var now = time.Now;
        var recipients = await db.Recipients.AsNoTracking().Of(municipalityId)
            .Where(r => zone == null || r.Zone == zone)
            .ToListAsync(cancellationToken);
        var ids = recipients.Select(r => r.Id).ToList();
        var checklists = await NewestChecklists.ForAsync(db, municipalityId, ids, cancellationToken);
        var lastActivity = await db.SignUps.AsNoTracking()
            .Where(s => ids.Contains(s.RecipientId) && s.Status == SignUpStatus.Confirmed && s.Attended != false && s.OccurrenceStart <= now)
            .GroupBy(s => s.RecipientId)
            .Select(g => new { g.Key, Last = g.Max(s => s.OccurrenceStart) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);
        var volunteerContact = (await db.VolunteerAssignments.AsNoTracking()
                .Where(a => ids.Contains(a.RecipientId))
                .Select(a => new { a.RecipientId, a.EndedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.RecipientId)
            .ToDictionary(g => g.Key, g => g.Any(a => a.EndedAt is null) ? now : g.Max(a => a.EndedAt!.Value));
        var candidates = recipients
            .Where(r => checklists.ContainsKey(r.Id))
            .Select(r =>
            {
                DateTimeOffset? activity = lastActivity.TryGetValue(r.Id, out var a) ? a : null;
                DateTimeOffset? volunteer = volunteerContact.TryGetValue(r.Id, out var v) ? v : null;
                var last = activity is null ? volunteer : volunteer is null ? activity : (activity > volunteer ? activity : volunteer);
                return new WatchListCandidate(r.Id, r.Name, r.Zone, checklists[r.Id], last);
            });
        return LonelinessWatch.Rank(candidates, now);
    }
}
