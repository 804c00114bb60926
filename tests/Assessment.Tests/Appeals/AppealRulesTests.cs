using CareServices.Assessment.Domain.Appeals;

namespace CareServices.Assessment.Tests.Appeals;

/// <summary>The appeal's deadline and lifecycle on the aggregate itself, without servers.</summary>
public sealed class AppealRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2027, 3, 20);

    private static Appeal Registered(DateOnly notifiedOn, DateOnly receivedOn, int weeks = 4) => Appeal.Register(
        "1848", Guid.NewGuid(), "1848-2027-00001", 1, Guid.NewGuid(), notifiedOn, receivedOn, new AppealTerms("NO", weeks, "Statsforvalteren"), "I need help every morning", "saksbehandler", Now);

    [Theory]
    [InlineData(2027, 3, 8, 4, 2027, 4, 5)] // Monday + 4 weeks: a Monday
    [InlineData(2027, 2, 20, 4, 2027, 3, 22)] // Saturday + 4 weeks falls on a Saturday: moves to Monday
    [InlineData(2027, 2, 21, 3, 2027, 3, 15)] // Sunday + 3 weeks falls on a Sunday: moves to Monday
    [InlineData(2027, 2, 26, 4, 2027, 3, 30)] // Good Friday, then Easter's weekend and Easter Monday: Tuesday
    [InlineData(2027, 4, 19, 4, 2027, 5, 18)] // 17 May, Constitution Day, is a Monday: Tuesday
    public void The_deadline_is_the_weeks_after_notification_moved_off_weekends_and_holidays(int y, int m, int d, int weeks, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), AppealDeadline.From("NO", new DateOnly(y, m, d), weeks));

    [Fact]
    public void An_appeal_on_the_last_day_is_in_time_and_one_a_day_later_is_flagged_late_but_registered()
    {
        var inTime = Registered(new DateOnly(2027, 3, 8), new DateOnly(2027, 4, 5));
        var late = Registered(new DateOnly(2027, 3, 8), new DateOnly(2027, 4, 6));

        Assert.False(inTime.Late);
        Assert.True(late.Late);
        Assert.Equal(AppealStatus.Registered, late.Status);
    }

    [Fact]
    public void A_reversal_in_full_concludes_the_appeal_and_needs_the_decision_giving_it_effect()
    {
        var appeal = Registered(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 10));

        Assert.Equal("newDecisionId", appeal.Reconsider(AppealOutcome.ReversedInFull, null, null, Today)?.Field);
        Assert.Null(appeal.Reconsider(AppealOutcome.ReversedInFull, Guid.NewGuid(), "we agree", Today));
        Assert.Equal((AppealStatus.Decided, AppealOutcome.ReversedInFull, Today), (appeal.Status, appeal.Outcome!.Value, appeal.OutcomeOn!.Value));
    }

    [Fact]
    public void Upholding_forwards_the_appeal_at_once()
    {
        var appeal = Registered(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 10));

        Assert.Null(appeal.Reconsider(AppealOutcome.Upheld, null, "needs are met", Today));

        Assert.Equal((AppealStatus.Forwarded, Today), (appeal.Status, appeal.ForwardedOn!.Value));
        Assert.Equal("status", appeal.Reconsider(AppealOutcome.Upheld, null, null, Today)?.Field);
    }

    [Fact]
    public void A_partial_reversal_waits_for_forwarding_of_the_rest()
    {
        var appeal = Registered(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 10));

        Assert.Null(appeal.Reconsider(AppealOutcome.ReversedInPart, Guid.NewGuid(), null, Today));
        Assert.Equal(AppealStatus.PartlyReversed, appeal.Status);
        Assert.Null(appeal.Forward(Today));
        Assert.Equal(AppealStatus.Forwarded, appeal.Status);
    }

    [Fact]
    public void The_appeal_bodys_outcome_is_refused_before_forwarding_and_recorded_after()
    {
        var appeal = Registered(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 10));

        Assert.Equal("status", appeal.RecordOutcome(AppealOutcome.Upheld, Today, null)?.Field);
        Assert.Null(appeal.Reconsider(AppealOutcome.Upheld, null, null, Today));
        Assert.Equal("decidedOn", appeal.RecordOutcome(AppealOutcome.Upheld, Today.AddDays(-1), null)?.Field);
        Assert.Null(appeal.RecordOutcome(AppealOutcome.Quashed, Today.AddDays(30), "assess again"));
        Assert.Equal((AppealStatus.Decided, AppealOutcome.Quashed), (appeal.Status, appeal.Outcome!.Value));
    }

    [Fact]
    public void The_municipality_cannot_quash_or_dismiss_its_own_decision() =>
        Assert.Equal("outcome", Registered(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 10)).Reconsider(AppealOutcome.Dismissed, null, null, Today)?.Field);
}
