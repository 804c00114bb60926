using CareServices.Activities.Api.Persistence;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Messaging;

/// <summary>
/// Scheduling names the recipient's primary contact, who does the interest checklist; the due list is by that person.
/// Applied in one statement only when newer than the applied assignment (Scheduling's version, kept apart from
/// Assessment's version of the recipient), so an assignment arriving late changes nothing.
/// </summary>
public sealed class ContactPersonAssignedConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<ContactPersonAssignedConsumer> logger)
    : InboxConsumer<ContactPersonAssigned, ActivitiesDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        var at = message.OccurredAt.ToUniversalTime();
        var version = message.AggregateVersion;
        // An event from a release before versions applies by time, while no versioned one has been applied.
        var known = await Db.Database.SqlQuery<bool>($"""
            WITH applied AS (
                UPDATE recipients SET contact_person_name = {message.Primary.Name},
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
