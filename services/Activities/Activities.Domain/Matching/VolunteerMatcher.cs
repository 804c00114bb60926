using System.Globalization;
using CareServices.Activities.Domain.Geography;
using CareServices.Activities.Domain.Volunteers;

namespace CareServices.Activities.Domain.Matching;

/// <summary>
/// Ranks volunteers for a recipient in a role (a visit friend, most often) and says why: shared interests and
/// language, distance, weekly availability, and — for roles that visit at home — a valid police certificate. Those
/// left out for a certificate are returned too, marked excluded with the reason, so a coordinator sees who could be
/// asked to renew it.
/// </summary>
public static class VolunteerMatcher
{
    public static IReadOnlyList<VolunteerSuggestion> Suggest(
        RecipientProfile recipient, VolunteerRole role, IEnumerable<Volunteer> volunteers,
        IReadOnlyDictionary<Guid, int> activeAssignments, DateOnly today)
    {
        var interests = recipient.PositiveInterests.ToDictionary(i => i.Interest.Code, i => i.Interest.Label, StringComparer.Ordinal);
        var suggestions = new List<VolunteerSuggestion>();
        foreach (var volunteer in volunteers.Where(v => v.Offers(role) && v.Covers(recipient.Zone)))
        {
            if (PoliceCertificate.RequiredFor(role) && PoliceCertificate.Refusal(volunteer.PoliceCertificateIssuedOn, today) is { } refusal)
            {
                suggestions.Add(new VolunteerSuggestion(volunteer.Id, volunteer.Name, 0, true, [$"Not for home visits: {refusal}"]));
                continue;
            }
            var reasons = new List<string>();
            var score = 0;
            var shared = volunteer.Interests.Where(interests.ContainsKey).Select(code => interests[code]).ToList();
            if (shared.Count > 0)
            {
                score += 10 * shared.Count;
                reasons.Add($"Shared interests: {string.Join(", ", shared)}");
            }
            if (volunteer.Languages.Contains(recipient.Language, StringComparer.OrdinalIgnoreCase))
            {
                score += 15;
                reasons.Add($"Speaks the recipient's language ({recipient.Language})");
            }
            if (volunteer.Latitude is { } lat && volunteer.Longitude is { } lon)
            {
                var kilometres = Distance.Kilometres(recipient.Latitude, recipient.Longitude, lat, lon);
                score += (int)Math.Round(Math.Max(0, 20 - (2 * kilometres)));
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Lives {kilometres:0.0} km away"));
            }
            if (volunteer.Availability.Count > 0)
            {
                score += 5;
                reasons.Add("Free " + string.Join(", ", volunteer.Availability.Select(s =>
                    string.Create(CultureInfo.InvariantCulture, $"{s.Day} {s.From:HH\\:mm}–{s.To:HH\\:mm}"))));
            }
            else
            {
                reasons.Add("No weekly availability given");
            }
            if (PoliceCertificate.RequiredFor(role))
            {
                reasons.Add($"Valid police certificate ({volunteer.PoliceCertificateIssuedOn:yyyy-MM-dd})");
            }
            var load = activeAssignments.GetValueOrDefault(volunteer.Id);
            if (load > 0)
            {
                score -= 5 * load;
                reasons.Add($"Already matched with {load} recipient(s)");
            }
            suggestions.Add(new VolunteerSuggestion(volunteer.Id, volunteer.Name, score, false, reasons));
        }
        return [.. suggestions.OrderBy(s => s.Excluded).ThenByDescending(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.VolunteerId)];
    }
}
