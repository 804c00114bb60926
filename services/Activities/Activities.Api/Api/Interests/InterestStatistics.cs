using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Interests;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Interests;

/// <summary>
/// Unit statistics: per zone, the activity categories most recipients want, counted once per recipient from their
/// newest checklist — the overview that showed Steigen its residents wanted a bus trip.
/// </summary>
public sealed class InterestStatistics(ActivitiesDbContext db)
{
    public async Task<List<CategoryDemand>> MostWantedAsync(string municipalityId, string? zone, CancellationToken cancellationToken)
    {
        var recipients = await db.Recipients.AsNoTracking().Of(municipalityId)
            .Where(r => zone == null || r.Zone == zone)
            .Select(r => new { r.Id, r.Zone })
            .ToListAsync(cancellationToken);
        var zones = recipients.ToDictionary(r => r.Id, r => r.Zone);
        var newest = await NewestChecklists.ForAsync(db, municipalityId, zones.Keys, cancellationToken);
        var counts = new Dictionary<(string Zone, ActivityCategory Category), (int DoNow, int Try, int UsedTo)>();
        foreach (var checklist in newest.Values)
        {
            // A recipient counts once per category, with their strongest answer (try > now > used to).
            var best = new Dictionary<ActivityCategory, InterestAnswer>();
            foreach (var answer in checklist.Answers.Where(a => a.Answer != InterestAnswer.NotInterested))
            {
                foreach (var category in InterestCatalogue.Find(answer.InterestCode)?.Categories ?? [])
                {
                    if (!best.TryGetValue(category, out var current) || Rank(answer.Answer) > Rank(current))
                    {
                        best[category] = answer.Answer;
                    }
                }
            }
            foreach (var (category, answer) in best)
            {
                var key = (zones[checklist.RecipientId], category);
                var (now, tryIt, used) = counts.GetValueOrDefault(key);
                counts[key] = answer switch
                {
                    InterestAnswer.DoNow => (now + 1, tryIt, used),
                    InterestAnswer.WouldLikeToTry => (now, tryIt + 1, used),
                    _ => (now, tryIt, used + 1),
                };
            }
        }
        return [.. counts
            .Select(pair => new CategoryDemand(pair.Key.Zone, pair.Key.Category, pair.Value.DoNow + pair.Value.Try + pair.Value.UsedTo,
                pair.Value.DoNow, pair.Value.Try, pair.Value.UsedTo))
            .OrderBy(d => d.Zone, StringComparer.Ordinal)
            .ThenByDescending(d => d.DoNow + d.WouldLikeToTry)
            .ThenByDescending(d => d.Recipients)
            .ThenBy(d => d.Category)];
    }

    private static int Rank(InterestAnswer answer) => answer switch
    {
        InterestAnswer.WouldLikeToTry => 3,
        InterestAnswer.DoNow => 2,
        InterestAnswer.UsedTo => 1,
        _ => 0,
    };
}
