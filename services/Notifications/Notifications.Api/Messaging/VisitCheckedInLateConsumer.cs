using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Alerts;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// A visit reported missed was checked in after all: its alert records the check-in and its escalation stops. A
/// check-in that overtakes its <c>VisitMissed</c> records the alert as already resolved, so the missed visit tells nobody.
/// </summary>
public sealed partial class VisitCheckedInLateConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<VisitCheckedInLateConsumer> logger)
    : InboxConsumer<VisitCheckedInLate, NotificationsDbContext>(db, timeProvider, logger)
{
    private readonly TimeProvider _clock = timeProvider;
    private readonly ILogger _logger = logger;

    protected override async Task HandleAsync(VisitCheckedInLate message, ConsumeContext<VisitCheckedInLate> context, CancellationToken cancellationToken)
    {
        var alert = Db.Alerts.Local.FirstOrDefault(a => a.VisitId == message.VisitId)
            ?? await Db.Alerts.FirstOrDefaultAsync(a => a.VisitId == message.VisitId && a.MunicipalityId == message.MunicipalityId, cancellationToken);
        if (alert is null)
        {
            alert = Alert.Raise(message.MunicipalityId, message.VisitId, message.RecipientId, message.WindowStart, _clock.GetUtcNow());
            Db.Alerts.Add(alert);
        }
        // An escalation round holding the alert makes this update wait for it; the chain stops either way.
        if (alert.ResolveByCheckIn(message.StaffId, message.CheckedInAt))
        {
            LogResolved(_logger, alert.Id, alert.Steps.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Missed-visit alert {AlertId} resolved by a late check-in after {Steps} escalation steps")]
    private static partial void LogResolved(ILogger logger, Guid alertId, int steps);
}
