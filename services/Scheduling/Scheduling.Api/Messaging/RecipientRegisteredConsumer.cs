using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Domain.Recipients;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Messaging;

public sealed class RecipientRegisteredConsumer(SchedulingDbContext db, TimeProvider timeProvider, ILogger<RecipientRegisteredConsumer> logger)
    : InboxConsumer<RecipientRegistered, SchedulingDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(RecipientRegistered message, ConsumeContext<RecipientRegistered> context, CancellationToken cancellationToken)
    {
        if (await Db.Recipients.AnyAsync(r => r.Id == message.RecipientId, cancellationToken))
        {
            return;
        }
        Db.Recipients.Add(Recipient.Registered(
            message.RecipientId, message.MunicipalityId, message.Name,
            message.Address.Street, message.Address.PostalCode, message.Address.City,
            message.Address.Latitude, message.Address.Longitude, message.Zone, message.PreferredLanguage, message.OccurredAt));
    }
}
