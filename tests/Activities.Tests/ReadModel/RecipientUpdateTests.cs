using CareServices.Activities.Tests.Support;
using CareServices.Contracts;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Activities.Tests.ReadModel;

/// <summary>Activities' recipient read model follows RecipientUpdated v2 and, during a rolling deploy, v1.</summary>
public sealed class RecipientUpdateTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task Updates_apply_from_v2_and_from_an_earlier_releases_v1_and_the_higher_version_wins()
    {
        var id = Guid.NewGuid();

        await DeliverAsync(RecipientUpdates.V2(id, "Leiranger", version: 2));
        var afterV2 = await ZoneAsync(id);
        await DeliverAsync(RecipientUpdates.V1(id, "Nordfold", version: 3));
        var afterV1 = await ZoneAsync(id);
        await DeliverAsync(RecipientUpdates.V2(id, "Nord-Steigen", version: 2));

        Assert.Equal("Leiranger", afterV2);
        Assert.Equal("Nordfold", afterV1);
        Assert.Equal("Nordfold", await ZoneAsync(id));
    }

    private async Task DeliverAsync(IntegrationEvent message)
    {
        await host.Factory.Services.GetRequiredService<IBus>().Publish(message, message.GetType(), context => context.MessageId = message.EventId);
        Assert.True(await Eventually.UntilAsync(() =>
            host.WithDbAsync(db => db.Set<ServiceDefaults.Outbox.InboxMessage>().AnyAsync(m => m.MessageId == message.EventId))));
    }

    private Task<string?> ZoneAsync(Guid id) =>
        host.WithDbAsync(db => db.Recipients.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Zone).SingleOrDefaultAsync());
}
