using CareServices.Assessment.Domain.Decisions;

namespace CareServices.Assessment.Tests.Decisions;

/// <summary>The advance-notice rule without servers.</summary>
public sealed class AdvanceNoticeRuleTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Decision Granted(int minutes = 30, params string[] codes)
    {
        var lines = (codes.Length == 0 ? ["personal_care"] : codes).Select((c, i) => GrantedHoursTests.Line(c, minutes, GrantedHoursTests.Daily(), number: i + 1));
        var decision = Decision.Draft("1848", Guid.NewGuid(), "1848-2027-00001", "hol", new DateOnly(2027, 1, 1), null, null, lines, Now);
        Assert.Null(decision.Grant("saksbehandler", Now));
        return decision;
    }

    private static AdvanceNotice Notice(Decision decision, DateOnly deadline) =>
        AdvanceNotice.Send(decision, AdvanceNoticeKind.Termination, deadline.AddDays(10), "needs met", new DateOnly(2027, 3, 1), deadline, "saksbehandler", Now);

    [Fact]
    public void A_termination_without_notice_or_reason_names_noticeWaivedReason() =>
        Assert.Equal("noticeWaivedReason", AdvanceNoticeRule.Check(AdvanceNoticeKind.Termination, new DateOnly(2027, 4, 1), "lastDay", [], null)?.Field);

    [Fact]
    public void A_termination_taking_effect_by_the_comment_deadline_names_its_date_field_and_one_after_it_passes()
    {
        var decision = Granted();
        var notices = new[] { Notice(decision, new DateOnly(2027, 3, 15)) };

        Assert.Equal("lastDay", AdvanceNoticeRule.Check(AdvanceNoticeKind.Termination, new DateOnly(2027, 3, 15), "lastDay", notices, null)?.Field);
        Assert.Null(AdvanceNoticeRule.Check(AdvanceNoticeKind.Termination, new DateOnly(2027, 3, 16), "lastDay", notices, null));
    }

    [Fact]
    public void A_notice_of_a_reduction_does_not_cover_a_termination()
    {
        var decision = Granted();
        var reduction = AdvanceNotice.Send(decision, AdvanceNoticeKind.Reduction, new DateOnly(2027, 4, 1), "less", new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 15), "saksbehandler", Now);

        Assert.Equal("noticeWaivedReason", AdvanceNoticeRule.Check(AdvanceNoticeKind.Termination, new DateOnly(2027, 4, 1), "lastDay", [reduction], null)?.Field);
    }

    [Fact]
    public void A_recorded_reason_replaces_the_notice() =>
        Assert.Null(AdvanceNoticeRule.Check(AdvanceNoticeKind.Termination, new DateOnly(2027, 3, 2), "lastDay", [], "the recipient asked to stop"));

    [Fact]
    public void Fewer_hours_or_a_dropped_service_type_is_a_reduction_and_more_is_not()
    {
        var current = Granted(30, "personal_care", "cleaning");

        Assert.True(AdvanceNoticeRule.IsReduction(current, Granted(20, "personal_care", "cleaning")));
        Assert.True(AdvanceNoticeRule.IsReduction(current, Granted(60, "personal_care")));
        Assert.False(AdvanceNoticeRule.IsReduction(current, Granted(45, "personal_care", "cleaning")));
    }
}
