using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>
/// Adds the registered recipient to the read model in one upsert, no lookup first: should an update have overtaken
/// the registration and created the row already, that newer state stays (<see cref="ReadModelUpsert"/>).
/// </summary>
public sealed class RecipientRegisteredConsumer(SchedulingDbContext db, TimeProvider timeProvider, ILogger<RecipientRegisteredConsumer> logger)
    : InboxConsumer<RecipientRegistered, SchedulingDbContext>(db, timeProvider, logger)
{
    private static readonly string Upsert = ReadModelUpsert.Sql("recipients", ["id", "municipality_id", "name", "street", "postal_code", "city", "latitude", "longitude", "zone", "preferred_language"]);

    protected override Task HandleAsync(RecipientRegistered message, ConsumeContext<RecipientRegistered> context, CancellationToken cancellationToken)
    {
        // A registration is version 1, also when it comes from a release that did not say so.
        Execute(Upsert, message.RecipientId, message.MunicipalityId, message.Name, message.Address.Street, message.Address.PostalCode, message.Address.City, message.Address.Latitude, message.Address.Longitude, message.Zone, message.PreferredLanguage, message.OccurredAt, message.AggregateVersion ?? 1);
        return Task.CompletedTask;
    }
}
