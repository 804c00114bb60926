using CareServices.Activities.Domain.Interests;
using CareServices.Activities.Domain.Matching;

namespace CareServices.Activities.Tests.Matching;

public sealed class LonelinessWatchTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 3, 8, 0, 0, TimeSpan.Zero);

    private static WatchListCandidate Candidate(string name, bool livesAlone, MeetingFrequency meets, int loneliness, int? daysSinceContact) =>
        new(Guid.NewGuid(), name, "Nordfold", InterestChecklist.Record("1848", Guid.NewGuid(), "primary", new ChecklistContent(
            new DateOnly(2027, 1, 1), [], livesAlone, meets, loneliness, false, false, false, false, null)),
            daysSinceContact is { } days ? Now.AddDays(-days) : null);

    [Fact]
    public void The_watch_list_ranks_lonely_recipients_living_alone_without_recent_contact_and_says_why()
    {
        var candidates = new[]
        {
            Candidate("Rarely, 4, contact 40 days ago", true, MeetingFrequency.Rarely, 4, 40),
            Candidate("Never, 5, no contact", true, MeetingFrequency.Never, 5, null),
            Candidate("Lonely but an activity 10 days ago", true, MeetingFrequency.Never, 5, 10),
            Candidate("Lonely but lives with someone", false, MeetingFrequency.Never, 5, null),
            Candidate("Content, meets others weekly", true, MeetingFrequency.Weekly, 2, null),
            Candidate("Weekly but lonely 4", true, MeetingFrequency.Weekly, 4, 31),
        };

        var list = LonelinessWatch.Rank(candidates, Now);

        Assert.Equal(["Never, 5, no contact", "Rarely, 4, contact 40 days ago", "Weekly but lonely 4"], list.Select(e => e.Name));
        Assert.Equal(["Lives alone", "Loneliness 5 of 5", "Meets others never", "No activity or volunteer contact recorded"], list[0].Reasons);
        Assert.Equal(["Lives alone", "Loneliness 4 of 5", "Meets others rarely", "No activity or volunteer contact since 2027-03-24"], list[1].Reasons);
        Assert.Equal((500 + 50 + 36, 400 + 30 + 4, 400 + 0 + 3), (list[0].Score, list[1].Score, list[2].Score));
    }
}
