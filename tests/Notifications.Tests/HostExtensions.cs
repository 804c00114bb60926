using System.Net.Http.Json;
using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Api;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Delivery;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Notifications.Tests;

public static class HostExtensions
{
    /// <summary>Registers a recipient with the given consenting relatives and waits until the read model holds them.</summary>
    public static Task<RecipientRegistered> RecipientWithRelativesAsync(this NotificationsHost host, string language, params InformedResourcePerson[] relatives) =>
        host.RecipientInZoneAsync(language, "Nord-Steigen", relatives);

    /// <summary>Registers a recipient of the zone with the given consenting relatives and waits until the read model holds them.</summary>
    public static async Task<RecipientRegistered> RecipientInZoneAsync(this NotificationsHost host, string language, string zone, params InformedResourcePerson[] relatives)
    {
        var registered = Events.Registered(language, zone);
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

    /// <summary>Keeps a staff member's contact data (e-mail, roles, zone) as a unit leader does through the API.</summary>
    public static async Task StaffContactAsync(this NotificationsHost host, Guid staffId, string name, string email, string role, string zone)
    {
        var response = await host.Client(ServiceDefaults.Auth.Roles.Admin).PutAsJsonAsync($"/api/notifications/staff/{staffId}",
            new StaffContactRequest(name, email, null, "nb", [role], zone));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits until the read model holds the staff member as Scheduling last described them.</summary>
    public static async Task StaffKnownAsync(this NotificationsHost host, Guid staffId, bool active = true)
    {
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = host.Db();
            return await db.Staff.AnyAsync(s => s.Id == staffId && s.SchedulingAsOf != null && s.Active == active);
        }), $"staff member {staffId} never reached the read model");
    }

    /// <summary>Waits until the recipient's contact persons are the ones given.</summary>
    public static async Task ContactsKnownAsync(this NotificationsHost host, Guid recipientId, Guid primary, Guid acting)
    {
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = host.Db();
            return await db.Recipients.AnyAsync(r => r.Id == recipientId && r.PrimaryContactId == primary && r.ActingContactId == acting);
        }), "the contact persons never reached the read model");
    }

    /// <summary>Publishes <paramref name="message"/> as another service would and waits until Notifications consumed it.</summary>
    public static async Task DeliverAsync(this NotificationsHost host, Contracts.IntegrationEvent message)
    {
        await host.PublishAsync(message, message.EventId);
        await host.ConsumedAsync(message.EventId);
    }

    /// <summary>Waits until the consumer has taken the event in, so a test can assert what it did not do.</summary>
    public static async Task ConsumedAsync(this NotificationsHost host, Guid eventId)
    {
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            await using var db = host.Db();
            return await db.Set<ServiceDefaults.Outbox.InboxMessage>().AnyAsync(m => m.MessageId == eventId);
        }), $"event {eventId} was never consumed");
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
