using CareServices.Contracts.Assessment;
using CareServices.Notifications.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// Keeps the read model true when Assessment changes a recipient: the event carries the whole current state and
/// its version, so one statement replaces the copy (and who may be told) when the event is newer, changes nothing
/// when it is older, and creates the row when the update arrives before the registration (<see cref="ReadModelUpsert"/>).
/// Reads <see cref="RecipientUpdated"/> v1, which an Assessment release before <see cref="RecipientUpdatedV2"/>
/// publishes, and what such a release left in its outbox, until every Assessment replica publishes v2.
/// </summary>
public sealed class RecipientUpdatedConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<RecipientUpdatedConsumer> logger)
    : InboxConsumer<RecipientUpdated, NotificationsDbContext>(db, timeProvider, logger)
{
    // The informed persons change only with the recipient row they belong to: both hang on the upsert's RETURNING.
    internal static readonly string Upsert = $"""
        WITH applied AS ({ReadModelUpsert.Sql("recipients", ["id", "municipality_id", "name", "preferred_language", "zone"], returning: "id")}),
        removed AS (
            DELETE FROM informed_persons p USING applied
            WHERE p.recipient_id = applied.id AND NOT (p.id = ANY($8::uuid[])))
        INSERT INTO informed_persons (recipient_id, id, name, relation, phone, email)
        SELECT applied.id, p.id, p.name, p.relation, p.phone, p.email
        FROM applied, unnest($8::uuid[], $9::text[], $10::text[], $11::text[], $12::text[]) AS p(id, name, relation, phone, email)
        ON CONFLICT (recipient_id, id) DO UPDATE
        SET name = excluded.name, relation = excluded.relation, phone = excluded.phone, email = excluded.email
        """;

    protected override Task HandleAsync(RecipientUpdated message, ConsumeContext<RecipientUpdated> context, CancellationToken cancellationToken)
    {
        var persons = message.InformedResourcePersons;
        Execute(Upsert, message.RecipientId, message.MunicipalityId, message.Name, message.PreferredLanguage, message.Zone, message.OccurredAt, message.AggregateVersion,
            persons.Select(p => p.ResourcePersonId).ToArray(), persons.Select(p => p.Name).ToArray(), persons.Select(p => p.Relation).ToArray(),
            persons.Select(p => p.Phone).ToArray(), persons.Select(p => p.Email).ToArray());
        return Task.CompletedTask;
    }
}
