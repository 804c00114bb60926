using System.Globalization;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Geography;
using CareServices.Activities.Domain.Interests;

namespace CareServices.Activities.Domain.Matching;

/// <summary>
/// Ranks activities for one recipient and says why: interest overlap from the newest checklist, distance from home,
/// transport (offered, or a driver volunteer free), no clash with planned visits, accessibility and language.
/// An activity the recipient cannot reach, cannot get into, or said they do not care for is left out. Occurrences are
/// read lazily, up to the first suitable one, so a long series costs no more than its next few dates.
/// </summary>
public sealed class ActivityMatcher(TimeZoneInfo timeZone)
{
    /// <summary>Beyond this a recipient is taken to need transport even if the checklist does not say so.</summary>
    public const double WalkingDistanceKm = 2.0;

    public IReadOnlyList<ActivitySuggestion> Suggest(
        RecipientProfile recipient, IEnumerable<(Activity Activity, IEnumerable<Occurrence> Occurrences)> activities,
        IReadOnlyList<Occurrence> plannedVisits, IReadOnlyList<DriverCandidate> drivers)
    {
        var interests = recipient.PositiveInterests.ToList();
        // The interest part of a score depends on the category alone: worked out once per category, not per activity.
        var fits = Enum.GetValues<ActivityCategory>().ToDictionary(category => category, category => Fit(recipient.Checklist, interests, category));
        var eligibleDrivers = DriverFinder.Eligible(drivers, recipient.Zone, recipient.Latitude, recipient.Longitude);
        var suggestions = new List<ActivitySuggestion>();
        foreach (var (activity, occurrences) in activities)
        {
            if (Score(recipient, fits[activity.Category], activity, occurrences, plannedVisits, eligibleDrivers) is { } suggestion)
            {
                suggestions.Add(suggestion);
            }
        }
        return [.. suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.Occurrence.Start).ThenBy(s => s.ActivityId)];
    }

    private static CategoryFit Fit(InterestChecklist? checklist, List<(Interest Interest, InterestAnswer Answer)> interests, ActivityCategory category)
    {
        var reasons = new List<string>();
        var score = 0;
        var matching = interests.Where(i => i.Interest.Categories.Contains(category)).ToList();
        // Strongest first: what they would like to try, then what they do now, then what they used to do.
        foreach (var (interest, answer) in matching.OrderByDescending(i => i.Answer == InterestAnswer.WouldLikeToTry).ThenBy(i => i.Answer))
        {
            var (points, text) = answer switch
            {
                InterestAnswer.WouldLikeToTry => (30, "would like to try"),
                InterestAnswer.DoNow => (25, "does now"),
                _ => (15, "used to"),
            };
            score += points;
            reasons.Add($"Interest: {interest.Label} ({text})");
        }
        if (checklist is null)
        {
            reasons.Add("No interest checklist yet: interests unknown");
        }
        return new CategoryFit(score, reasons, checklist is not null && matching.Count == 0 && IsDeclined(checklist, category));
    }

    private ActivitySuggestion? Score(
        RecipientProfile recipient, CategoryFit fit, Activity activity,
        IEnumerable<Occurrence> occurrences, IReadOnlyList<Occurrence> plannedVisits, ILookup<DayOfWeek, DriverCandidate> drivers)
    {
        if (fit.Declined)
        {
            return null;
        }
        var checklist = recipient.Checklist;
        var reasons = new List<string>(fit.Reasons);
        var score = fit.Score;

        if (checklist is { NeedsWheelchairAccess: true })
        {
            if (!activity.Place.WheelchairAccessible)
            {
                return null;
            }
            score += 5;
            reasons.Add("Wheelchair accessible");
        }
        if (checklist is { NeedsHearingLoop: true } && activity.Place.HearingLoop)
        {
            score += 5;
            reasons.Add("Hearing loop");
        }

        var kilometres = Distance.Kilometres(recipient.Latitude, recipient.Longitude, activity.Place.Latitude, activity.Place.Longitude);
        score += (int)Math.Round(Math.Max(0, 20 - (2 * kilometres)));
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{kilometres:0.0} km from home"));

        var skipped = 0;
        foreach (var occurrence in occurrences)
        {
            if (plannedVisits.Any(v => v.Overlaps(occurrence.Start, occurrence.End)))
            {
                skipped++;
                continue;
            }
            var needsTransport = checklist is { NeedsTransport: true } || kilometres > WalkingDistanceKm;
            var transportPoints = 0;
            string? transportReason = null;
            if (needsTransport)
            {
                if (activity.TransportOffered)
                {
                    transportPoints = 10;
                    transportReason = "Transport offered by the organiser";
                }
                else if (DriverFinder.FirstFree(drivers, occurrence, timeZone) is { } driver)
                {
                    transportPoints = 5;
                    transportReason = $"Driver volunteer {driver.Name} is free then";
                }
                else
                {
                    // Not reachable at this occurrence; a later one may have a driver.
                    continue;
                }
            }
            var final = new List<string>(reasons);
            if (transportReason is not null)
            {
                final.Add(transportReason);
            }
            if (skipped > 0)
            {
                final.Add($"{skipped} earlier occurrence(s) skipped: clash with a planned visit");
            }
            else
            {
                final.Add("No clash with planned visits");
            }
            var languagePoints = 0;
            if (string.Equals(activity.Language, recipient.Language, StringComparison.OrdinalIgnoreCase))
            {
                languagePoints = 5;
                final.Add($"In the recipient's language ({activity.Language})");
            }
            return new ActivitySuggestion(activity.Id, activity.Title, activity.Category, occurrence, score + transportPoints + languagePoints, final);
        }
        return null;
    }

    /// <summary>True when the checklist marks every interest pointing to <paramref name="category"/> as not interesting.</summary>
    private static bool IsDeclined(InterestChecklist checklist, ActivityCategory category)
    {
        var related = checklist.Answers
            .Where(a => InterestCatalogue.Find(a.InterestCode)?.Categories.Contains(category) == true)
            .ToList();
        return related.Count > 0 && related.All(a => a.Answer == InterestAnswer.NotInterested);
    }

    private sealed record CategoryFit(int Score, IReadOnlyList<string> Reasons, bool Declined);
}
