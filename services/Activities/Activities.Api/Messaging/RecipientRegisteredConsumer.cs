using CareServices.Contracts.Assessment;
using CareServices.Activities.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Activities.Api.Messaging;

/// <summary>
/// Adds the registered recipient to the read model in one upsert, no lookup first: should an update have overtaken
/// the registration and created the row already, that newer state stays (<see cref="ReadModelUpsert"/>).
/// </summary>
public sealed class RecipientRegisteredConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<RecipientRegisteredConsumer> logger)
    : InboxConsumer<RecipientRegistered, ActivitiesDbContext>(db, timeProvider, logger)
{
    private static readonly string Upsert = ReadModelUpsert.Sql("recipients", ["id", "municipality_id", "name", "birth_date", "zone", "preferred_language", "latitude", "longitude"]);

    protected override Task HandleAsync(RecipientRegistered message, ConsumeContext<RecipientRegistered> context, CancellationToken cancellationToken)
    {
        // A registration is version 1, also when it comes from a release that did not say so.
        Execute(Upsert, message.RecipientId, message.MunicipalityId, message.Name, message.BirthDate, message.Zone, message.PreferredLanguage, message.Address.Latitude, message.Address.Longitude, message.OccurredAt, message.AggregateVersion ?? 1);
        return Task.CompletedTask;
    }
}
