using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// A published visit moved: the recipient and the relatives they consented to have told hear of it when it moved
/// more than 30 minutes or someone new comes; smaller shifts by the same people are not worth a message.
/// </summary>
public sealed class VisitRescheduledConsumer(NotificationsDbContext db, NotificationQueue queue, EventValues values, TimeProvider timeProvider, ILogger<VisitRescheduledConsumer> logger)
    : InboxConsumer<VisitRescheduled, NotificationsDbContext>(db, timeProvider, logger)
{
    public static readonly TimeSpan NoticeableShift = TimeSpan.FromMinutes(30);

    protected override async Task HandleAsync(VisitRescheduled message, ConsumeContext<VisitRescheduled> context, CancellationToken cancellationToken)
    {
        var moved = (message.PlannedStart - message.PreviousStart).Duration() > NoticeableShift;
        var newStaff = message.StaffIds.Except(message.PreviousStaffIds).Any();
        if (!moved && !newStaff)
        {
            return;
        }
        var recipient = await Audiences.RecipientAsync(Db, message.MunicipalityId, message.RecipientId, cancellationToken);
        var facts = new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
            ["date"] = values.LocalDate(message.PlannedStart),
            ["time"] = values.LocalTime(message.PlannedStart),
        };
        if (moved)
        {
            facts["previousDate"] = values.LocalDate(message.PreviousStart);
            facts["previousTime"] = values.LocalTime(message.PreviousStart);
        }
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, moved ? "visit-rescheduled" : "visit-staff-changed", Urgent: false, facts);
        await queue.QueueAsync(Db, request, Audiences.RecipientAndRelatives(recipient), cancellationToken);
    }
}
