using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Recipients;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Messaging;

public sealed class RecipientRegisteredConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<RecipientRegisteredConsumer> logger)
    : InboxConsumer<RecipientRegistered, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(RecipientRegistered message, ConsumeContext<RecipientRegistered> context, CancellationToken cancellationToken)
    {
        if (await Db.Recipients.AnyAsync(r => r.Id == message.RecipientId, cancellationToken))
        {
            return;
        }
        Db.Recipients.Add(Recipient.Registered(message.RecipientId, message.MunicipalityId, message.Name, message.PreferredLanguage, message.Zone, message.OccurredAt));
    }
}
