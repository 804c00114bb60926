using CareServices.Contracts.Assessment;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>
/// Keeps the read model true when Assessment changes a recipient, from <see cref="RecipientUpdatedV2"/>: the same
/// statement as <see cref="RecipientUpdatedConsumer"/> (v1), since v2 leaves out only what this read model never kept.
/// </summary>
public sealed class RecipientUpdatedV2Consumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<RecipientUpdatedV2Consumer> logger)
    : InboxConsumer<RecipientUpdatedV2, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(RecipientUpdatedV2 message, ConsumeContext<RecipientUpdatedV2> context, CancellationToken cancellationToken)
    {
        Execute(RecipientUpdatedConsumer.Upsert, message.RecipientId, message.MunicipalityId, message.Name, message.BirthDate, message.Zone, message.PreferredLanguage, message.OccurredAt, message.AggregateVersion);
        return Task.CompletedTask;
    }
}
