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
    private static readonly string Apply = ReadModelPartUpdate.Sql(
        "recipients", ["contact_person_name"], "contact_persons_version", "contacts_as_of");

    protected override async Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        var known = await Db.Database
            .SqlQueryRaw<bool>(Apply, ReadModelPartUpdate.Values(message.Primary.Name, message.RecipientId, message.OccurredAt.ToUniversalTime(), message.AggregateVersion))
            .ToListAsync(cancellationToken);
        if (!known[0])
        {
            throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        }
    }
}
