using CareServices.Scheduling.Domain.ContactPersons;

namespace CareServices.Scheduling.Tests.Domain;

public sealed class ContactPersonRulesTests
{
    private static ContactCandidate Candidate(string name, string zone, string[] competences, int caseload, string[]? languages = null, int visits = 0) =>
        new(Guid.NewGuid(), name, zone, competences, languages ?? ["nb"], caseload, visits);

    [Fact]
    public void Staff_at_the_caseload_limit_are_not_suggested_and_the_rest_are_ranked_with_their_reasons()
    {
        var full = Candidate("Full", "Nordfold", ["nurse"], caseload: 4);
        var sameZone = Candidate("Same zone", "Nordfold", ["healthWorker"], caseload: 2);
        var otherZone = Candidate("Other zone", "Leiranger", ["healthWorker"], caseload: 0);
        var knowsAndSpeaks = Candidate("Knows", "Nordfold", ["healthWorker"], caseload: 3, languages: ["nb", "se"], visits: 6);

        var ranked = ContactSuggestions.Rank([full, sameZone, otherZone, knowsAndSpeaks], "Nordfold", ["healthWorker"], "se", caseloadLimit: 4);

        Assert.DoesNotContain(ranked, s => s.StaffId == full.StaffId);
        Assert.Equal([knowsAndSpeaks.StaffId, sameZone.StaffId, otherZone.StaffId], ranked.Select(s => s.StaffId));
        Assert.Contains(ranked[0].Reasons, r => r.Contains("already knows"));
        Assert.Contains(ranked[0].Reasons, r => r.Contains("speaks se"));
        Assert.DoesNotContain(ranked[2].Reasons, r => r.StartsWith("works in"));
    }

    [Fact]
    public void The_secondary_takes_over_only_after_more_than_four_weeks_away_and_hands_back_when_the_primary_returns()
    {
        var primary = Guid.NewGuid();
        var secondary = Guid.NewGuid();
        var assignment = ContactAssignment.Assign("1848", Guid.NewGuid(), primary, secondary, new DateOnly(2026, 1, 1));

        Assert.Null(assignment.ApplyTakeoverRule(28, new DateOnly(2026, 3, 1)));
        Assert.Equal(primary, assignment.ActingStaffId);
        Assert.Equal("secondaryTakeover", assignment.ApplyTakeoverRule(29, new DateOnly(2026, 3, 2)));
        Assert.Equal(secondary, assignment.ActingStaffId);
        Assert.Null(assignment.ApplyTakeoverRule(40, new DateOnly(2026, 3, 3)));
        Assert.Equal("primaryReturned", assignment.ApplyTakeoverRule(0, new DateOnly(2026, 4, 10)));
        Assert.Equal(primary, assignment.ActingStaffId);
    }
}
