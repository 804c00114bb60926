using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>
/// Staff names for the access log and zones for the UnitLeader relation, in one upsert: should an update have
/// overtaken the registration and created the row already, that newer state stays (<see cref="ReadModelUpsert"/>).
/// </summary>
public sealed class StaffRegisteredConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<StaffRegisteredConsumer> logger)
    : InboxConsumer<StaffRegistered, DocumentationDbContext>(db, timeProvider, logger)
{
    internal static readonly string Upsert = ReadModelUpsert.Sql("staff_members", ["id", "municipality_id", "name", "zone", "active"]);

    protected override Task HandleAsync(StaffRegistered message, ConsumeContext<StaffRegistered> context, CancellationToken cancellationToken)
    {
        // A registration is version 1, also when it comes from a release that did not say so.
        Execute(Upsert, message.StaffId, message.MunicipalityId, message.Name, message.Zone, true, message.OccurredAt, message.AggregateVersion ?? 1);
        return Task.CompletedTask;
    }
}
