using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>Keeps the recipient's contact persons (primary, and who acts now) for the rules that tell them; a stale assignment changes nothing.</summary>
public sealed class ContactPersonAssignedConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<ContactPersonAssignedConsumer> logger)
    : InboxConsumer<ContactPersonAssigned, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        recipient.AssignContacts(message.Primary.StaffId, message.Acting.StaffId, message.OccurredAt);
    }
}
