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
    private static readonly string Apply = ReadModelPartUpdate.Sql(
        "recipients", ["primary_contact_id", "secondary_contact_id"], "contact_persons_version", "contacts_as_of");

    protected override async Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        var known = await Db.Database
            .SqlQueryRaw<bool>(Apply, ReadModelPartUpdate.Values(message.Primary.StaffId, message.Secondary?.StaffId, message.RecipientId, message.OccurredAt.ToUniversalTime(), message.AggregateVersion))
            .ToListAsync(cancellationToken);
        if (!known[0])
        {
            throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        }
    }
}
