using CareServices.Notifications.Domain.Alerts;

namespace CareServices.Notifications.Api.Api;

/// <summary>
/// A missed-visit alert: where its escalation stands (<c>open</c>, <c>acknowledged</c>, or <c>resolvedByCheckIn</c> when
/// the visit was checked in late, at <see cref="CheckedInAt"/> by the staff member <see cref="CheckedInBy"/>) and every step taken.
/// </summary>
public sealed record AlertResponse(
    Guid Id, Guid VisitId, Guid RecipientId, DateTimeOffset WindowStart, DateTimeOffset RaisedAt, IReadOnlyList<AlertStepResponse> Steps,
    DateTimeOffset? NextStepAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, string Status, DateTimeOffset? CheckedInAt, Guid? CheckedInBy)
{
    public static AlertResponse From(Alert a) => new(
        a.Id, a.VisitId, a.RecipientId, a.WindowStart, a.RaisedAt,
        a.Steps.OrderBy(s => s.TakenAt).ThenBy(s => s.Level).Select(s => new AlertStepResponse(LevelName(s.Level), s.PeopleTold, s.TakenAt)).ToList(),
        a.NextStepAt, a.AcknowledgedAt, a.AcknowledgedBy,
        a.AcknowledgedAt is not null ? "acknowledged" : a.CheckedInAt is not null ? "resolvedByCheckIn" : "open",
        a.CheckedInAt, a.CheckedInBy);

    /// <summary>The wire name of a level: <c>planners</c>, <c>contactPersonAndUnitLeaders</c>, <c>relatives</c>.</summary>
    public static string LevelName(AlertLevel level) => level switch
    {
        AlertLevel.Planners => "planners",
        AlertLevel.ContactPersonAndUnitLeaders => "contactPersonAndUnitLeaders",
        _ => "relatives",
    };
}

/// <summary>One step: who was told (the level), how many people that reached, and when.</summary>
public sealed record AlertStepResponse(string Level, int PeopleTold, DateTimeOffset TakenAt);
