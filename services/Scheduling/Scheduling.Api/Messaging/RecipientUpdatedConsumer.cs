using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>
/// Keeps the read model true when Assessment changes a recipient: the event carries the whole current state and
/// its version, so one upsert replaces the copy when the event is newer, changes nothing when it is older, and
/// creates the row when the update arrives before the registration (<see cref="ReadModelUpsert"/>).
/// Reads <see cref="RecipientUpdated"/> v1, which an Assessment release before <see cref="RecipientUpdatedV2"/>
/// publishes, and what such a release left in its outbox, until every Assessment replica publishes v2.
/// </summary>
public sealed class RecipientUpdatedConsumer(SchedulingDbContext db, TimeProvider timeProvider, ILogger<RecipientUpdatedConsumer> logger)
    : InboxConsumer<RecipientUpdated, SchedulingDbContext>(db, timeProvider, logger)
{
    internal static readonly string Upsert = ReadModelUpsert.Sql("recipients", ["id", "municipality_id", "name", "street", "postal_code", "city", "latitude", "longitude", "zone", "preferred_language", "status"]);

    protected override Task HandleAsync(RecipientUpdated message, ConsumeContext<RecipientUpdated> context, CancellationToken cancellationToken)
    {
        Execute(Upsert, message.RecipientId, message.MunicipalityId, message.Name, message.Address.Street, message.Address.PostalCode, message.Address.City, message.Address.Latitude, message.Address.Longitude, message.Zone, message.PreferredLanguage, message.Status, message.OccurredAt, message.AggregateVersion);
        return Task.CompletedTask;
    }
}
