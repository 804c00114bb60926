using CareServices.AppHost.Operations;

namespace CareServices.EndToEnd.Tests.Dashboard;

/// <summary>Which of the broker's queues the dashboard counts for a service: its dead letters apart from its waiting events.</summary>
public sealed class ErrorQueuesTests
{
    private static readonly IReadOnlyList<(string Name, long Messages)> Broker =
    [
        ("scheduling-decision-granted", 40),
        ("scheduling-decision-granted_error", 2),
        ("scheduling-decision-changed_wait", 3),
        ("scheduling-contact-person-assigned_error", 1),
        ("documentation-contact-person-assigned_wait", 7),
        ("documentation-recipient-registered_error", 5),
    ];

    [Fact]
    public void A_services_dead_letters_are_its_error_queues_and_nothing_that_only_waits()
    {
        Assert.Equal(
            [("scheduling-contact-person-assigned", 1L), ("scheduling-decision-granted", 2L)],
            ErrorQueues.OfService(Broker, "scheduling"));
    }

    [Fact]
    public void A_services_waiting_events_are_its_wait_queues_and_no_other_services()
    {
        Assert.Equal([("scheduling-decision-changed", 3L)], ErrorQueues.WaitingOfService(Broker, "scheduling"));
        Assert.Equal([("documentation-contact-person-assigned", 7L)], ErrorQueues.WaitingOfService(Broker, "documentation"));
    }
}
