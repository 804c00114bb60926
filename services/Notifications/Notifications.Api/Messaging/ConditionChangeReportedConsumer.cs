using CareServices.Contracts.Documentation;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

using CareServices.ServiceDefaults.Auth;

/// <summary>
/// A visit report flagged a change in the recipient's condition: the contact person and the zone's nurses are told
/// to read the report. What was observed (even its category) stays in the record, out of e-mail and SMS.
/// </summary>
public sealed class ConditionChangeReportedConsumer(NotificationsDbContext db, NotificationQueue queue, TimeProvider timeProvider, ILogger<ConditionChangeReportedConsumer> logger)
    : InboxConsumer<ConditionChangeReported, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(ConditionChangeReported message, ConsumeContext<ConditionChangeReported> context, CancellationToken cancellationToken)
    {
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, "condition-change-reported", Urgent: false, new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
        });
        var contact = await Audiences.ContactPersonAsync(Db, recipient, primary: false, cancellationToken);
        var nurses = await Audiences.StaffAsync(Db, message.MunicipalityId, Roles.Nurse, message.Zone, cancellationToken);
        await queue.QueueAsync(Db, request, contact is null ? nurses : [contact, .. nurses], cancellationToken);
    }
}
