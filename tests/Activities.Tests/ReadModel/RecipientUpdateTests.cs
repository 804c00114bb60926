using CareServices.Activities.Tests.Support;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Tests.ReadModel;

/// <summary>Activities' recipient read model follows RecipientUpdated v2 and, during a rolling deploy, v1.</summary>
public sealed class RecipientUpdateTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task Updates_apply_from_v2_and_from_an_earlier_releases_v1_and_the_higher_version_wins()
    {
        var id = Guid.NewGuid();

        await host.DeliverAsync(RecipientUpdates.V2(id, "Leiranger", version: 2));
        var afterV2 = await ZoneAsync(id);
        await host.DeliverAsync(RecipientUpdates.V1(id, "Nordfold", version: 3));
        var afterV1 = await ZoneAsync(id);
        await host.DeliverAsync(RecipientUpdates.V2(id, "Nord-Steigen", version: 2));

        Assert.Equal("Leiranger", afterV2);
        Assert.Equal("Nordfold", afterV1);
        Assert.Equal("Nordfold", await ZoneAsync(id));
    }


    private Task<string?> ZoneAsync(Guid id) =>
        host.WithDbAsync(db => db.Recipients.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Zone).SingleOrDefaultAsync());
}
