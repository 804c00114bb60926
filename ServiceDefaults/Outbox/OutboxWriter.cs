using System.Runtime.CompilerServices;
using System.Diagnostics;
using System.Text.Json;
using CareServices.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CareServices.ServiceDefaults.Outbox;

public static class OutboxWriter
{
    /// <summary>
    /// MassTransit's own options: the dispatcher sends the stored JSON as the envelope's message, so it must be what
    /// MassTransit would have written there (its consumers read it with the same options).
    /// </summary>
    private static JsonSerializerOptions SerializerOptions => MassTransit.Serialization.SystemTextJsonMessageSerializer.Options;

    /// <summary>Contexts holding outbox rows not yet committed: only their commit wakes the dispatcher.</summary>
    private static readonly ConditionalWeakTable<DbContext, object> Pending = [];

    /// <summary>
    /// Queues <paramref name="integrationEvent"/> for publication when the surrounding <c>SaveChanges</c> (or
    /// transaction) commits. Events of one <paramref name="aggregateId"/> are published in the order written.
    /// </summary>
    public static void AddOutboxMessage<TEvent>(this DbContext db, TEvent integrationEvent, string aggregateId)
        where TEvent : IntegrationEvent
    {
        var activity = Activity.Current;
        var route = ContractRoute.For<TEvent>();
        Pending.AddOrUpdate(db, Pending);
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            AggregateId = aggregateId,
            MessageType = route.MessageType,
            Destination = route.Destination,
            Payload = JsonSerializer.Serialize(integrationEvent, SerializerOptions),
            CreatedAt = integrationEvent.OccurredAt,
            TraceParent = activity?.Id is { } id && activity.IdFormat == ActivityIdFormat.W3C ? id : null,
            TraceState = activity?.TraceStateString,
        });
    }

    /// <summary>Whether <paramref name="db"/> had outbox rows waiting for this commit; forgets them either way.</summary>
    internal static bool TakePending(DbContext? db) => db is not null && Pending.Remove(db);
}
