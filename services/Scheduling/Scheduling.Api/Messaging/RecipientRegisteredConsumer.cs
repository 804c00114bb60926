using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Domain.Recipients;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>
/// Adds the registered recipient to the read model. The inbox makes each event take effect once; a recipient is
/// registered by exactly one event, so no lookup precedes the insert (it would cost a round trip per message).
/// </summary>
public sealed class RecipientRegisteredConsumer(SchedulingDbContext db, TimeProvider timeProvider, ILogger<RecipientRegisteredConsumer> logger)
    : InboxConsumer<RecipientRegistered, SchedulingDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(RecipientRegistered message, ConsumeContext<RecipientRegistered> context, CancellationToken cancellationToken)
    {
        Db.Recipients.Add(Recipient.Registered(
            message.RecipientId, message.MunicipalityId, message.Name,
            message.Address.Street, message.Address.PostalCode, message.Address.City,
            message.Address.Latitude, message.Address.Longitude, message.Zone, message.PreferredLanguage, message.OccurredAt));
        return Task.CompletedTask;
    }
}
