using CareServices.Activities.Domain.Interests;

namespace CareServices.Activities.Domain.Matching;

/// <summary>
/// The loneliness watch list of a zone: recipients who live alone and either feel lonely (4 or 5 of 5) or meet
/// others rarely or never, and have had no activity (a seat not recorded as missed) and no volunteer match in the
/// last <see cref="ContactDays"/> days. Ranked by loneliness, then how seldom they meet others, then how long
/// since their last contact.
/// </summary>
public static class LonelinessWatch
{
    public const int ContactDays = 30;

    public static IReadOnlyList<WatchListEntry> Rank(IEnumerable<WatchListCandidate> candidates, DateTimeOffset now)
    {
        var since = now.AddDays(-ContactDays);
        var entries = new List<WatchListEntry>();
        foreach (var candidate in candidates)
        {
            var checklist = candidate.Checklist;
            if (!checklist.LivesAlone)
            {
                continue;
            }
            var lonely = checklist.Loneliness >= 4;
            var isolated = checklist.MeetsOthers is MeetingFrequency.Rarely or MeetingFrequency.Never;
            if (!lonely && !isolated)
            {
                continue;
            }
            if (candidate.LastContact is { } last && last >= since)
            {
                continue;
            }
            var reasons = new List<string> { "Lives alone" };
            if (lonely)
            {
                reasons.Add($"Loneliness {checklist.Loneliness} of 5");
            }
            if (isolated)
            {
                reasons.Add($"Meets others {(checklist.MeetsOthers == MeetingFrequency.Never ? "never" : "rarely")}");
            }
            reasons.Add(candidate.LastContact is { } when
                ? $"No activity or volunteer contact since {when:yyyy-MM-dd}"
                : "No activity or volunteer contact recorded");
            var daysWithout = candidate.LastContact is { } at ? Math.Min(365, (int)(now - at).TotalDays) : 365;
            var score = (checklist.Loneliness * 100) + (checklist.MeetsOthers switch
            {
                MeetingFrequency.Never => 50,
                MeetingFrequency.Rarely => 30,
                MeetingFrequency.Monthly => 10,
                _ => 0,
            }) + (daysWithout / 10);
            entries.Add(new WatchListEntry(candidate.RecipientId, candidate.Name, candidate.Zone, score, checklist.Loneliness,
                checklist.MeetsOthers, candidate.LastContact, reasons));
        }
        return [.. entries.OrderByDescending(e => e.Score).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.RecipientId)];
    }
}
