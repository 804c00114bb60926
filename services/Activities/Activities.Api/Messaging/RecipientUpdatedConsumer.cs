using CareServices.Contracts.Assessment;
using CareServices.Activities.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Activities.Api.Messaging;

/// <summary>
/// Keeps the read model true when Assessment changes a recipient: the event carries the whole current state and
/// its version, so one upsert replaces the copy when the event is newer, changes nothing when it is older, and
/// creates the row when the update arrives before the registration (<see cref="ReadModelUpsert"/>).
/// Reads <see cref="RecipientUpdated"/> v1, which an Assessment release before <see cref="RecipientUpdatedV2"/>
/// publishes, and what such a release left in its outbox, until every Assessment replica publishes v2.
/// </summary>
public sealed class RecipientUpdatedConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<RecipientUpdatedConsumer> logger)
    : InboxConsumer<RecipientUpdated, ActivitiesDbContext>(db, timeProvider, logger)
{
    internal static readonly string Upsert = ReadModelUpsert.Sql("recipients", ["id", "municipality_id", "name", "birth_date", "zone", "preferred_language", "latitude", "longitude"]);

    protected override Task HandleAsync(RecipientUpdated message, ConsumeContext<RecipientUpdated> context, CancellationToken cancellationToken)
    {
        Execute(Upsert, message.RecipientId, message.MunicipalityId, message.Name, message.BirthDate, message.Zone, message.PreferredLanguage, message.Address.Latitude, message.Address.Longitude, message.OccurredAt, message.AggregateVersion);
        return Task.CompletedTask;
    }
}
