using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Tests.Ledger;
using CareServices.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.ServiceDefaults.Tests;

public sealed class WaitQueueTests : LedgerTestBase
{
    private const string Queue = "ledger-entry-audited";

    private static readonly Dictionary<string, string?> ShortWaits = new()
    {
        ["Messaging:Wait:Interval"] = "00:00:00.500",
        ["Messaging:Wait:Limit"] = "1000",
    };

    [Fact]
    public async Task An_event_that_arrives_before_its_predecessor_rests_in_the_wait_queue_and_is_applied_once_it_can_be_never_reaching_the_error_queue()
    {
        var failure = new FailureSwitch { NotReady = true };
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, failure: failure, settings: ShortWaits);
        var deadLetters = host.Services.GetRequiredService<DeadLetterQueues>();
        var entry = Guid.NewGuid();
        await Ledger.AuditAsync(entry);

        // Three attempts per delivery here (two in-memory retries): fifteen means it came back from its wait queue.
        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(failure.NotReadyAttempts >= 15), TimeSpan.FromSeconds(60)), $"{failure.NotReadyAttempts} attempts");
        Assert.Equal(0u, await deadLetters.CountAsync(Queue, CancellationToken.None));
        Assert.Equal(0, await Ledger.EffectsAsync("audited", entry));

        failure.NotReady = false;
        Assert.True(await Eventually.UntilAsync(async () => await Ledger.EffectsAsync("audited", entry) == 1));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await Ledger.EffectsAsync("audited", entry));
        Assert.Equal(0u, await deadLetters.CountAsync(Queue, CancellationToken.None));
    }

    [Fact]
    public async Task An_event_whose_predecessor_never_arrives_goes_to_the_error_queue_after_the_rests_allowed()
    {
        var failure = new FailureSwitch { NotReady = true };
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, failure: failure, settings: new Dictionary<string, string?>
        {
            ["Messaging:Wait:Interval"] = "00:00:00.200",
            ["Messaging:Wait:Limit"] = "2",
        });
        var deadLetters = host.Services.GetRequiredService<DeadLetterQueues>();
        var eventId = await Ledger.AuditAsync(Guid.NewGuid());

        Assert.True(await Eventually.UntilAsync(async () => await deadLetters.CountAsync(Queue, CancellationToken.None) == 1, TimeSpan.FromSeconds(60)));
        var letter = Assert.Single(await deadLetters.PeekAsync(Queue, 10, municipality: null, CancellationToken.None));
        Assert.Equal(eventId.ToString(), letter.MessageId, ignoreCase: true);
        Assert.Contains(nameof(ReadModelNotReadyException), letter.ExceptionType, StringComparison.Ordinal);
    }
}
