using CareServices.Notifications.Domain.Alerts;

namespace CareServices.Notifications.Api.Api;

/// <summary>A missed-visit alert: where its escalation stands and every step taken.</summary>
public sealed record AlertResponse(
    Guid Id, Guid VisitId, Guid RecipientId, DateTimeOffset WindowStart, DateTimeOffset RaisedAt, IReadOnlyList<AlertStepResponse> Steps,
    DateTimeOffset? NextStepAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy)
{
    public static AlertResponse From(Alert a) => new(
        a.Id, a.VisitId, a.RecipientId, a.WindowStart, a.RaisedAt,
        a.Steps.OrderBy(s => s.TakenAt).ThenBy(s => s.Level).Select(s => new AlertStepResponse(LevelName(s.Level), s.PeopleTold, s.TakenAt)).ToList(),
        a.NextStepAt, a.AcknowledgedAt, a.AcknowledgedBy);

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
