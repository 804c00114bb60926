using CareServices.ServiceDefaults.Tests.Ledger;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.ServiceDefaults.Tests;

public sealed class InboxTests : LedgerTestBase
{
    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        var consumed = new ConsumeLog();
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, consumeLog: consumed);
        var bus = host.Services.GetRequiredService<IBus>();
        var entry = Guid.NewGuid();
        var message = new EntryRecorded { EntryId = entry, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" };

        await bus.Publish(message, context => context.MessageId = message.EventId);
        await bus.Publish(message, context => context.MessageId = message.EventId);

        Assert.True(await Eventually.UntilAsync(() => Task.FromResult(consumed.Consumed(message.EventId) == 2)));
        await using var db = LedgerHost.Open(Database);
        Assert.Equal(1, await Ledger.EffectsAsync("recorded", entry));
        Assert.Equal(1, await db.Inbox.CountAsync(m => m.MessageId == message.EventId));
    }

    [Fact]
    public async Task Distinct_messages_for_the_same_entry_each_take_effect()
    {
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq);
        var bus = host.Services.GetRequiredService<IBus>();
        var entry = Guid.NewGuid();

        for (var i = 0; i < 3; i++)
        {
            var message = new EntryRecorded { EntryId = entry, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" };
            await bus.Publish(message, context => context.MessageId = message.EventId);
        }

        Assert.True(await Eventually.UntilAsync(async () => await Ledger.EffectsAsync("recorded", entry) == 3));
    }
}
