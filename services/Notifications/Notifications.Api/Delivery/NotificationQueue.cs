using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Delivery;
using CareServices.Notifications.Domain.Preferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>
/// Queues what a rule decided: for each person, one notification on the channel their preferences pick (and a
/// letter where the rule asks for one), in their language, unless that (event, person, channel) is already queued.
/// Runs inside the consumer's transaction, so the notifications commit with the event's inbox row or not at all.
/// </summary>
public sealed class NotificationQueue(IOptions<DeliveryOptions> options, TimeProvider timeProvider)
{
    public async Task<int> QueueAsync(NotificationsDbContext db, NotificationRequest request, IReadOnlyCollection<Audience> audience, CancellationToken cancellationToken)
    {
        if (audience.Count == 0)
        {
            return 0;
        }
        var personIds = audience.Select(a => a.Addressee.PersonId).Distinct().ToList();
        var preferences = await db.Preferences.Where(p => personIds.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, cancellationToken);
        // Rows a rule queued earlier in this transaction (one event telling several recipients' people) count too.
        var existing = (await db.Notifications.Where(n => n.EventId == request.EventId)
            .Select(n => new { n.PersonId, n.Channel }).ToListAsync(cancellationToken))
            .Select(n => (n.PersonId, n.Channel))
            .Concat(db.Notifications.Local.Where(n => n.EventId == request.EventId).Select(n => (n.PersonId, n.Channel)))
            .ToHashSet();

        var now = timeProvider.GetUtcNow();
        var queued = 0;
        foreach (var (addressee, byLetter) in audience.DistinctBy(a => a.Addressee.PersonId))
        {
            var preference = preferences.GetValueOrDefault(addressee.PersonId);
            var channels = new List<Channel>();
            if (ChannelChoice.Pick(addressee, preference) is { } channel)
            {
                channels.Add(channel);
            }
            if (byLetter)
            {
                channels.Add(Channel.Letter);
            }
            var language = Languages.OrDefault(preference?.Language ?? addressee.Language);
            foreach (var chosen in channels.Where(c => existing.Add((addressee.PersonId, c))))
            {
                var personal = request with { Values = new Dictionary<string, string>(request.Values) { ["name"] = addressee.Name } };
                var notification = Notification.Queue(personal, addressee.PersonId, chosen, addressee.AddressFor(chosen), language, now);
                notification.Defer(options.Value.Timing.FirstAttempt(request.Urgent, preference, now));
                db.Notifications.Add(notification);
                queued++;
            }
        }
        return queued;
    }
}
