using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>A staff member's new name, zone or leaving; an update that overtakes the registration waits for it.</summary>
public sealed class StaffUpdatedConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<StaffUpdatedConsumer> logger)
    : InboxConsumer<StaffUpdated, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(StaffUpdated message, ConsumeContext<StaffUpdated> context, CancellationToken cancellationToken)
    {
        var staff = await Db.StaffMembers.FindAsync([message.StaffId], cancellationToken)
            ?? throw new ReadModelNotReadyException($"Staff member {message.StaffId}");
        staff.Update(message.Name, message.Zone, message.Active, message.OccurredAt);
    }
}
