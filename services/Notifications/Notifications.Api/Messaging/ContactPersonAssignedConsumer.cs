using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Persistence;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// Keeps the recipient's contact persons (primary, and who acts now) for the rules that tell them. Applied in one
/// statement only when newer than the applied assignment (Scheduling's version, kept apart from Assessment's version of
/// the recipient), so a stale assignment changes nothing.
/// </summary>
public sealed class ContactPersonAssignedConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<ContactPersonAssignedConsumer> logger)
    : InboxConsumer<ContactPersonAssigned, NotificationsDbContext>(db, timeProvider, logger)
{
    private static readonly string Apply = ReadModelPartUpdate.Sql(
        "recipients", ["primary_contact_id", "acting_contact_id"], "contact_persons_version", "contacts_as_of", tenantColumn: "municipality_id");

    protected override async Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        var known = await Db.Database
            .SqlQueryRaw<bool>(Apply, ReadModelPartUpdate.Values(message.Primary.StaffId, message.Acting.StaffId, message.RecipientId, message.MunicipalityId, message.OccurredAt.ToUniversalTime(), message.AggregateVersion))
            .ToListAsync(cancellationToken);
        if (!known[0])
        {
            throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        }
    }
}
