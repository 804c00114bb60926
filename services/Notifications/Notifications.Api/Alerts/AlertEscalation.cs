using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Domain.Alerts;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;

namespace CareServices.Notifications.Api.Alerts;

/// <summary>
/// Takes an alert's due step: finds the people of its level, queues an urgent message to each (keyed on the step, so
/// never twice) and records the step. The caller commits, so the step and its messages are saved together.
/// </summary>
public sealed class AlertEscalation(NotificationQueue queue, EventValues values, IOptions<EscalationOptions> options, TimeProvider timeProvider)
{
    /// <summary>Raises the alert for a missed visit and takes its first step at once.</summary>
    public async Task<Alert> RaiseAsync(
        NotificationsDbContext db, string municipalityId, Guid visitId, Guid recipientId, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var alert = Alert.Raise(municipalityId, visitId, recipientId, windowStart, now);
        db.Alerts.Add(alert);
        await TakeDueStepAsync(db, alert, now, cancellationToken);
        return alert;
    }

    public async Task<AlertLevel?> TakeDueStepAsync(NotificationsDbContext db, Alert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (alert.DueStep(now) is not { } level)
        {
            return null;
        }
        var recipient = await Audiences.RecipientAsync(db, alert.MunicipalityId, alert.RecipientId, cancellationToken);
        IReadOnlyList<Audience> audience = level switch
        {
            AlertLevel.Planners => await Audiences.StaffAsync(db, alert.MunicipalityId, Roles.Planner, recipient.Zone, cancellationToken),
            AlertLevel.ContactPersonAndUnitLeaders =>
            [
                .. await Audiences.ContactPersonAsync(db, recipient, primary: false, cancellationToken) is { } contact ? [contact] : Array.Empty<Audience>(),
                .. await Audiences.StaffAsync(db, alert.MunicipalityId, Roles.UnitLeader, recipient.Zone, cancellationToken),
            ],
            _ => [.. Audiences.ConsentingRelatives(recipient)],
        };
        var template = level switch
        {
            AlertLevel.Planners => "visit-missed-planner",
            AlertLevel.ContactPersonAndUnitLeaders => "visit-missed-escalated",
            _ => "visit-missed-relatives",
        };
        var facts = new Dictionary<string, string>
        {
            ["recipientName"] = recipient.Name,
            ["date"] = values.LocalDate(alert.WindowStart),
            ["time"] = values.LocalTime(alert.WindowStart),
        };
        if (level != AlertLevel.Relatives)
        {
            facts["alertId"] = alert.Id.ToString();
            facts["minutes"] = ((int)options.Value.ToContactPersonAndUnitLeaders.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var request = new NotificationRequest(alert.StepEventId(level), alert.MunicipalityId, template, Urgent: true, facts);
        await queue.QueueAsync(db, request, audience, cancellationToken);
        alert.RecordStep(level, audience.DistinctBy(a => a.Addressee.PersonId).Count(), now, options.Value.Policy);
        return level;
    }
}
