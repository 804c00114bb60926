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
/// A deviation (avvik) was reported: the zone's unit leaders are told to handle it, urgently when it is high or
/// critical. The description stays in Documentation.
/// </summary>
public sealed class DeviationReportedConsumer(NotificationsDbContext db, NotificationQueue queue, TimeProvider timeProvider, ILogger<DeviationReportedConsumer> logger)
    : InboxConsumer<DeviationReported, NotificationsDbContext>(db, timeProvider, logger)
{
    private static readonly string[] UrgentSeverities = ["high", "critical"];

    protected override async Task HandleAsync(DeviationReported message, ConsumeContext<DeviationReported> context, CancellationToken cancellationToken)
    {
        var request = new NotificationRequest(message.EventId, message.MunicipalityId, "deviation-reported", UrgentSeverities.Contains(message.Severity),
            new Dictionary<string, string> { ["zone"] = message.Zone });
        await queue.QueueAsync(Db, request, await Audiences.StaffAsync(Db, message.MunicipalityId, Roles.UnitLeader, message.Zone, cancellationToken), cancellationToken);
    }
}
