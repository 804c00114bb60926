using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Staff;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>Staff names for the access log and zones for the UnitLeader relation.</summary>
public sealed class StaffRegisteredConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<StaffRegisteredConsumer> logger)
    : InboxConsumer<StaffRegistered, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(StaffRegistered message, ConsumeContext<StaffRegistered> context, CancellationToken cancellationToken)
    {
        var staff = await Db.StaffMembers.FindAsync([message.StaffId], cancellationToken);
        if (staff is null)
        {
            Db.StaffMembers.Add(StaffMember.Registered(message.StaffId, message.MunicipalityId, message.Name, message.Zone, message.OccurredAt));
            return;
        }
        staff.Update(message.Name, message.Zone, active: true, message.OccurredAt);
    }
}
