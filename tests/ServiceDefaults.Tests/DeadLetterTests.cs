using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Tests.Ledger;
using CareServices.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.ServiceDefaults.Tests;

public sealed class DeadLetterTests : LedgerTestBase
{
    private const string Queue = "ledger-entry-audited";

    [Fact]
    public async Task A_consumer_that_keeps_failing_ends_in_the_error_queue_and_succeeds_when_replayed()
    {
        var failure = new FailureSwitch { Failing = true };
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, failure: failure);
        var queues = host.Services.GetRequiredService<DeadLetterQueues>();
        var entry = Guid.NewGuid();
        var eventId = await Ledger.AuditAsync(entry);

        Assert.True(await Eventually.UntilAsync(async () => await queues.CountAsync(Queue, CancellationToken.None) == 1));
        var letter = Assert.Single(await queues.PeekAsync(Queue, 10, municipality: null, CancellationToken.None));
        Assert.Equal(eventId.ToString(), letter.MessageId, ignoreCase: true);
        Assert.Contains("InvalidOperationException", letter.ExceptionType, StringComparison.Ordinal);
        Assert.Contains("audit store is unavailable", letter.ExceptionMessage, StringComparison.Ordinal);
        Assert.Equal(0, await Ledger.EffectsAsync("audited", entry));

        failure.Failing = false;
        Assert.Equal(1, await queues.ReplayAsync(Queue, messageId: null, municipality: null, CancellationToken.None));

        Assert.True(await Eventually.UntilAsync(async () => await Ledger.EffectsAsync("audited", entry) == 1));
        Assert.Equal(0u, await queues.CountAsync(Queue, CancellationToken.None));
    }

    [Fact]
    public async Task Peeking_leaves_dead_letters_in_place_and_discarding_removes_only_the_one_named()
    {
        var failure = new FailureSwitch { Failing = true };
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, failure: failure);
        var queues = host.Services.GetRequiredService<DeadLetterQueues>();
        var first = await Ledger.AuditAsync(Guid.NewGuid());
        var second = await Ledger.AuditAsync(Guid.NewGuid());
        Assert.True(await Eventually.UntilAsync(async () => await queues.CountAsync(Queue, CancellationToken.None) == 2));

        Assert.Equal(2, (await queues.PeekAsync(Queue, 10, municipality: null, CancellationToken.None)).Count);
        Assert.Equal(2, (await queues.PeekAsync(Queue, 10, municipality: null, CancellationToken.None)).Count);
        Assert.Equal(1, await queues.DiscardAsync(Queue, first.ToString(), municipality: null, CancellationToken.None));

        var left = Assert.Single(await queues.PeekAsync(Queue, 10, municipality: null, CancellationToken.None));
        Assert.Equal(second.ToString(), left.MessageId, ignoreCase: true);
    }

    [Fact]
    public async Task A_municipality_sees_replays_and_discards_only_its_own_dead_letters()
    {
        var failure = new FailureSwitch { Failing = true };
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, failure: failure);
        var queues = host.Services.GetRequiredService<DeadLetterQueues>();
        var bodo = await Ledger.AuditAsync(Guid.NewGuid(), municipality: "1804");
        var steigen = await Ledger.AuditAsync(Guid.NewGuid(), municipality: "1848");
        Assert.True(await Eventually.UntilAsync(async () => await queues.CountAsync(Queue, CancellationToken.None) == 2));

        var seen = Assert.Single(await queues.PeekAsync(Queue, 10, municipality: "1848", CancellationToken.None));
        Assert.Equal(steigen.ToString(), seen.MessageId, ignoreCase: true);
        Assert.Equal("1848", seen.MunicipalityId);
        Assert.Equal(0, await queues.DiscardAsync(Queue, bodo.ToString(), municipality: "1848", CancellationToken.None));
        failure.Failing = false;
        Assert.Equal(1, await queues.ReplayAsync(Queue, messageId: null, municipality: "1848", CancellationToken.None));

        var left = Assert.Single(await queues.PeekAsync(Queue, 10, municipality: null, CancellationToken.None));
        Assert.Equal(bodo.ToString(), left.MessageId, ignoreCase: true);
    }
}
