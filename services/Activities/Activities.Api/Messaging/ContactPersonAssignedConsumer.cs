using CareServices.Activities.Api.Persistence;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Activities.Api.Messaging;

/// <summary>
/// Scheduling names the recipient's primary contact, who does the interest checklist; the due list is by that person.
/// </summary>
public sealed class ContactPersonAssignedConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<ContactPersonAssignedConsumer> logger)
    : InboxConsumer<ContactPersonAssigned, ActivitiesDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        var recipient = await Db.Recipients.FindAsync([message.RecipientId], cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        recipient.AssignContactPerson(message.Primary.Name);
    }
}
