using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// Keeps the read model true when Assessment changes a recipient, from <see cref="RecipientUpdatedV2"/>: the same
/// statement as <see cref="RecipientUpdatedConsumer"/> (v1), since v2 leaves out only what this read model never kept.
/// </summary>
public sealed class RecipientUpdatedV2Consumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<RecipientUpdatedV2Consumer> logger)
    : InboxConsumer<RecipientUpdatedV2, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(RecipientUpdatedV2 message, ConsumeContext<RecipientUpdatedV2> context, CancellationToken cancellationToken)
    {
        var persons = message.InformedResourcePersons;
        Execute(RecipientUpdatedConsumer.Upsert, message.RecipientId, message.MunicipalityId, message.Name, message.PreferredLanguage, message.Zone, message.OccurredAt, message.AggregateVersion,
            persons.Select(p => p.ResourcePersonId).ToArray(), persons.Select(p => p.Name).ToArray(), persons.Select(p => p.Relation).ToArray(),
            persons.Select(p => p.Phone).ToArray(), persons.Select(p => p.Email).ToArray());
        return Task.CompletedTask;
    }
}
