using CareServices.Scheduling.Domain.Staff;

namespace CareServices.Scheduling.Domain.ContactPersons;

/// <summary>
/// Ranks staff as a recipient's primary contact: someone of the recipient's zone who can do what the decision
/// needs, speaks the recipient's language, already visits them and has room in their caseload. Staff at the
/// caseload limit are left out.
/// </summary>
public static class ContactSuggestions
{
    public static IReadOnlyList<ContactSuggestion> Rank(
        IEnumerable<ContactCandidate> candidates, string zone, IReadOnlyCollection<string> neededCompetences, string language, int caseloadLimit)
    {
        var ranked = new List<ContactSuggestion>();
        foreach (var c in candidates)
        {
            if (c.Caseload >= caseloadLimit)
            {
                continue;
            }
            var reasons = new List<string>();
            var score = 0;
            if (c.Zone == zone)
            {
                score += 40;
                reasons.Add($"works in {zone}");
            }
            var covered = neededCompetences.Count(n => Competences.Covers(c.Competences, n));
            if (neededCompetences.Count > 0)
            {
                score += 30 * covered / neededCompetences.Count;
                reasons.Add(covered == neededCompetences.Count
                    ? "can do every task the decision grants"
                    : $"can do {covered} of {neededCompetences.Count} kinds of task the decision grants");
            }
            if (c.Languages.Contains(language))
            {
                score += 15;
                reasons.Add($"speaks {language}");
            }
            if (c.VisitsToRecipient > 0)
            {
                score += Math.Min(20, 5 + c.VisitsToRecipient);
                reasons.Add($"already knows the recipient ({c.VisitsToRecipient} visits in the last four weeks)");
            }
            score += 5 * (caseloadLimit - c.Caseload);
            reasons.Add($"caseload {c.Caseload} of {caseloadLimit}");
            ranked.Add(new ContactSuggestion(c.StaffId, c.Name, score, c.Caseload, reasons));
        }
        return [.. ranked.OrderByDescending(s => s.Score).ThenBy(s => s.Caseload).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }
}
