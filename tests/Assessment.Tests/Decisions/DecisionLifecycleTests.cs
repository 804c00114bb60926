using CareServices.Assessment.Domain.Decisions;

namespace CareServices.Assessment.Tests.Decisions;

/// <summary>The lifecycle rules on the aggregate itself, without servers.</summary>
public sealed class DecisionLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static Decision Draft(DateOnly? validTo = null) => Decision.Draft(
        "1848", Guid.NewGuid(), "1848-2026-00001", "hol § 3-2", new DateOnly(2027, 1, 1), validTo, null,
        [GrantedHoursTests.Line("personal_care", 30, GrantedHoursTests.Daily())], Now);

    private static Decision Granted(DateOnly? validTo = null)
    {
        var decision = Draft(validTo);
        Assert.Null(decision.Grant("saksbehandler", Now));
        return decision;
    }

    [Fact]
    public void A_draft_can_be_granted_once()
    {
        var decision = Granted();

        Assert.Equal(DecisionStatus.Granted, decision.Status);
        Assert.NotNull(decision.Grant("saksbehandler", Now));
    }

    [Fact]
    public void A_granted_decision_is_never_edited_in_place()
    {
        var refusal = Granted().ReplaceDraft("x", new DateOnly(2027, 2, 1), null, null, []);

        Assert.Equal(DecisionRefusal.CreateANewVersion, refusal?.Rule);
    }

    [Fact]
    public void A_draft_can_be_rejected_with_a_reason_but_a_granted_decision_cannot()
    {
        var draft = Draft();

        Assert.Null(draft.Reject("needs are met by relatives", "saksbehandler", Now));
        Assert.Equal(DecisionStatus.Rejected, draft.Status);
        Assert.Equal("needs are met by relatives", draft.Reason);
        Assert.NotNull(Granted().Reject("too late", "saksbehandler", Now));
        Assert.NotNull(draft.Grant("saksbehandler", Now));
    }

    [Fact]
    public void A_new_version_takes_over_from_its_date_and_the_old_one_ends_the_day_before()
    {
        var current = Granted(new DateOnly(2027, 12, 31));

        Assert.Null(current.DraftNextVersion("hol", new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 31), null,
            [GrantedHoursTests.Line("personal_care", 45, GrantedHoursTests.Daily())], Now, out var next));
        Assert.Equal((2, current.Number, current.Id), (next!.Version, next.Number, next.PreviousVersionId!.Value));
        Assert.Null(next.Grant("saksbehandler", Now));
        Assert.Null(current.SupersedeBy(next));

        Assert.Equal(DecisionStatus.Superseded, current.Status);
        Assert.Equal(new DateOnly(2027, 2, 28), current.EndedOn);
        Assert.NotNull(current.SupersedeBy(next));
    }

    [Theory]
    [InlineData(2027, 1, 1)] // not after the current version's start
    [InlineData(2028, 1, 1)] // after its valid-to
    public void A_new_version_must_start_within_the_current_versions_validity(int year, int month, int day)
    {
        var refusal = Granted(new DateOnly(2027, 12, 31)).DraftNextVersion("hol", new DateOnly(year, month, day), null, null, [], Now, out var next);

        Assert.Equal("validFrom", refusal?.Field);
        Assert.Null(next);
    }

    [Fact]
    public void Only_a_granted_decision_gets_a_new_version_or_is_terminated()
    {
        var draft = Draft();

        Assert.NotNull(draft.DraftNextVersion("hol", new DateOnly(2027, 3, 1), null, null, [], Now, out _));
        Assert.NotNull(draft.Terminate(new DateOnly(2027, 3, 1), "moved", Now));
    }

    [Fact]
    public void Termination_ends_a_granted_decision_on_its_last_day_within_its_validity()
    {
        var decision = Granted(new DateOnly(2027, 6, 30));

        Assert.Equal("lastDay", decision.Terminate(new DateOnly(2027, 7, 15), "moved", Now)?.Field);
        Assert.Null(decision.Terminate(new DateOnly(2027, 4, 30), "moved to a nursing home", Now));
        Assert.Equal((DecisionStatus.Terminated, new DateOnly(2027, 4, 30)), (decision.Status, decision.EndedOn!.Value));
        Assert.NotNull(decision.Terminate(new DateOnly(2027, 5, 30), "again", Now));
    }

    [Fact]
    public void A_granted_decision_expires_the_day_after_its_valid_to()
    {
        var decision = Granted(new DateOnly(2027, 6, 30));

        Assert.False(decision.ExpireIfPast(new DateOnly(2027, 6, 30)));
        Assert.True(decision.ExpireIfPast(new DateOnly(2027, 7, 1)));
        Assert.Equal(DecisionStatus.Expired, decision.Status);
    }
}
