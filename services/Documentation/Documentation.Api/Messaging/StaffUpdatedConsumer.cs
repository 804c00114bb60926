using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>
/// A staff member's new name, zone or leaving, in one upsert applied only when newer by Scheduling's version; an update
/// that overtakes the registration creates the row from its full state (<see cref="ReadModelUpsert"/>).
/// </summary>
public sealed class StaffUpdatedConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<StaffUpdatedConsumer> logger)
    : InboxConsumer<StaffUpdated, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(StaffUpdated message, ConsumeContext<StaffUpdated> context, CancellationToken cancellationToken)
    {
        Execute(StaffRegisteredConsumer.Upsert, message.StaffId, message.MunicipalityId, message.Name, message.Zone, message.Active, message.OccurredAt, message.AggregateVersion);
        return Task.CompletedTask;
    }
}
