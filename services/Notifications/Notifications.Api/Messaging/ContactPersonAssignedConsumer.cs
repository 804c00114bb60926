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
    protected override async Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        var at = message.OccurredAt.ToUniversalTime();
        var version = message.AggregateVersion;
        // An event from a release before versions applies by time, while no versioned one has been applied.
        var known = await Db.Database.SqlQuery<bool>($"""
            WITH applied AS (
                UPDATE recipients SET primary_contact_id = {message.Primary.StaffId}, acting_contact_id = {message.Acting.StaffId},
                    contacts_as_of = {at}, contact_persons_version = COALESCE({version}::int, 0)
                WHERE id = {message.RecipientId} AND municipality_id = {message.MunicipalityId} AND CASE WHEN {version}::int IS NULL
                    THEN contact_persons_version = 0 AND (contacts_as_of IS NULL OR contacts_as_of < {at})
                    ELSE contact_persons_version < {version}::int END)
            SELECT EXISTS (SELECT 1 FROM recipients WHERE id = {message.RecipientId} AND municipality_id = {message.MunicipalityId}) AS "Value"
            """).ToListAsync(cancellationToken);
        if (!known[0])
        {
            throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        }
    }
}
