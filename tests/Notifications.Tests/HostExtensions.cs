using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Delivery;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Notifications.Tests;

public static class HostExtensions
{
    /// <summary>Registers a recipient with the given consenting relatives and waits until the read model holds them.</summary>
    public static async Task<RecipientRegistered> RecipientWithRelativesAsync(this NotificationsHost host, string language, params InformedResourcePerson[] relatives)
    {
        var registered = Events.Registered(language);
        await host.PublishAsync(registered);
        var consent = Events.Consent(registered, registered.OccurredAt.AddMinutes(1), relatives);
        await host.PublishAsync(consent);
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = host.Db();
            return await db.Recipients.AnyAsync(r => r.Id == registered.RecipientId && r.InformedPersons.Count == relatives.Length);
        }), "the recipient and relatives never reached the read model");
        return registered;
    }

    public static NotificationsDbContext Db(this NotificationsHost host) =>
        host.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<NotificationsDbContext>();

    public static async Task<List<Notification>> NotificationsAsync(this NotificationsHost host, Guid eventId)
    {
        await using var db = host.Db();
        return await db.Notifications.AsNoTracking().Where(n => n.EventId == eventId).ToListAsync();
    }

    /// <summary>Waits until the event's notifications exist and satisfy <paramref name="condition"/>.</summary>
    public static async Task<List<Notification>> NotificationsWhenAsync(this NotificationsHost host, Guid eventId, Func<List<Notification>, bool> condition)
    {
        List<Notification> found = [];
        Assert.True(await Eventually.UntilAsync(async () => condition(found = await host.NotificationsAsync(eventId))),
            $"notifications of {eventId}: {string.Join(", ", found.Select(n => $"{n.Channel}/{n.Status}/{n.Attempts}/{n.LastError}"))}");
        return found;
    }
}
