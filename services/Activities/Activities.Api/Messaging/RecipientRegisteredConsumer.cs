using CareServices.Contracts.Assessment;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Recipients;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Messaging;

public sealed class RecipientRegisteredConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<RecipientRegisteredConsumer> logger)
    : InboxConsumer<RecipientRegistered, ActivitiesDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(RecipientRegistered message, ConsumeContext<RecipientRegistered> context, CancellationToken cancellationToken)
    {
        if (await Db.Recipients.AnyAsync(r => r.Id == message.RecipientId, cancellationToken))
        {
            return;
        }
        Db.Recipients.Add(Recipient.Registered(
            message.RecipientId, message.MunicipalityId, message.Name, message.BirthDate, message.Zone, message.PreferredLanguage,
            message.Address.Latitude, message.Address.Longitude, message.OccurredAt));
    }
}
