using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>
/// The recipient's primary and secondary contact persons, who read the record while they hold the role. Applied in one
/// statement only when newer than the applied assignment (Scheduling's version, kept apart from Assessment's version of
/// the recipient), so a stale event arriving late cannot give a former contact person their access back.
/// </summary>
public sealed class ContactPersonAssignedConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<ContactPersonAssignedConsumer> logger)
    : InboxConsumer<ContactPersonAssigned, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        var at = message.OccurredAt.ToUniversalTime();
        var version = message.AggregateVersion;
        // An event from a release before versions applies by time, while no versioned one has been applied.
        var known = await Db.Database.SqlQuery<bool>($"""
            WITH applied AS (
                UPDATE recipients SET primary_contact_id = {message.Primary.StaffId}, secondary_contact_id = {message.Secondary?.StaffId},
                    contacts_as_of = {at}, contact_persons_version = COALESCE({version}::int, 0)
                WHERE id = {message.RecipientId} AND CASE WHEN {version}::int IS NULL
                    THEN contact_persons_version = 0 AND (contacts_as_of IS NULL OR contacts_as_of < {at})
                    ELSE contact_persons_version < {version}::int END)
            SELECT EXISTS (SELECT 1 FROM recipients WHERE id = {message.RecipientId}) AS "Value"
            """).ToListAsync(cancellationToken);
        if (!known[0])
        {
            throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        }
    }
}
