using CareServices.Notifications.Domain.Alerts;

namespace CareServices.Notifications.Tests;

/// <summary>The missed-visit alert's rules, without servers.</summary>
public sealed class AlertRuleTests
{
    private static readonly DateTimeOffset Raised = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Steps_fall_due_in_order_counted_from_when_the_alert_was_raised_and_none_after_the_last()
    {
        var alert = Alert.Raise("1848", Guid.NewGuid(), Guid.NewGuid(), Raised, Raised);
        var policy = EscalationPolicy.Default;

        Assert.Equal(AlertLevel.Planners, alert.DueStep(Raised));
        alert.RecordStep(AlertLevel.Planners, 1, Raised.AddSeconds(20), policy);
        Assert.Null(alert.DueStep(Raised.AddMinutes(14)));
        Assert.Equal(AlertLevel.ContactPersonAndUnitLeaders, alert.DueStep(Raised.AddMinutes(15)));
        alert.RecordStep(AlertLevel.ContactPersonAndUnitLeaders, 2, Raised.AddMinutes(16), policy);
        Assert.Equal(Raised.AddMinutes(30), alert.NextStepAt);
        alert.RecordStep(AlertLevel.Relatives, 1, Raised.AddMinutes(30), policy);
        Assert.Null(alert.DueStep(Raised.AddHours(5)));
    }

    [Fact]
    public void An_acknowledged_alert_has_no_due_step_and_cannot_be_acknowledged_again()
    {
        var alert = Alert.Raise("1848", Guid.NewGuid(), Guid.NewGuid(), Raised, Raised);
        alert.RecordStep(AlertLevel.Planners, 1, Raised, EscalationPolicy.Default);

        Assert.True(alert.Acknowledge("planner", Raised.AddMinutes(5)));
        Assert.False(alert.Acknowledge("other", Raised.AddMinutes(6)));

        Assert.Null(alert.DueStep(Raised.AddHours(1)));
        Assert.Equal("planner", alert.AcknowledgedBy);
    }

    [Fact]
    public void Each_step_has_its_own_stable_event_id()
    {
        var alert = Alert.Raise("1848", Guid.NewGuid(), Guid.NewGuid(), Raised, Raised);

        var ids = Enum.GetValues<AlertLevel>().Select(alert.StepEventId).ToList();

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids, Enum.GetValues<AlertLevel>().Select(alert.StepEventId));
    }
}
