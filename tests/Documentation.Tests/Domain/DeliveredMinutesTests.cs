using CareServices.Documentation.Domain.Reports;

namespace CareServices.Documentation.Tests.Domain;

public sealed class DeliveredMinutesTests
{
    [Fact]
    public void Performed_tasks_deliver_their_planned_minutes_when_the_visit_was_long_enough() =>
        Assert.Equal([30, 0, 15], DeliveredMinutes.Split([(30, true), (20, false), (15, true)], 60));

    [Fact]
    public void A_shorter_visit_shares_its_actual_minutes_over_the_performed_tasks_and_never_claims_more() =>
        Assert.Equal([20, 0, 10], DeliveredMinutes.Split([(40, true), (20, false), (20, true)], 30));

    [Fact]
    public void Rounding_never_loses_or_adds_a_minute() =>
        Assert.Equal(10, DeliveredMinutes.Split([(10, true), (10, true), (10, true)], 10).Sum());
}
