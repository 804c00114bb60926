using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>
/// Keeps the read model true when Assessment changes a recipient, from <see cref="RecipientUpdatedV2"/>: the same
/// statement as <see cref="RecipientUpdatedConsumer"/> (v1), since v2 leaves out only what this read model never kept.
/// </summary>
public sealed class RecipientUpdatedV2Consumer(SchedulingDbContext db, TimeProvider timeProvider, ILogger<RecipientUpdatedV2Consumer> logger)
    : InboxConsumer<RecipientUpdatedV2, SchedulingDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(RecipientUpdatedV2 message, ConsumeContext<RecipientUpdatedV2> context, CancellationToken cancellationToken)
    {
        Execute(RecipientUpdatedConsumer.Upsert, message.RecipientId, message.MunicipalityId, message.Name, message.Address.Street, message.Address.PostalCode, message.Address.City, message.Address.Latitude, message.Address.Longitude, message.Zone, message.PreferredLanguage, message.Status, message.OccurredAt, message.AggregateVersion);
        return Task.CompletedTask;
    }
}
