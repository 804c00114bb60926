namespace CareServices.Documentation.Api.Api.Reports;

/// <summary>
/// A report on a visit Scheduling planned. Every planned task is reported once; <see cref="Sign"/> signs it at
/// once; <see cref="Corrects"/> names the signed report of the same visit this one corrects.
/// </summary>
public sealed record VisitReportRequest(
    Guid? VisitId,
    DateTimeOffset? ActualStart,
    DateTimeOffset? ActualEnd,
    IReadOnlyList<TaskOutcomeRequest>? Tasks,
    string? Observations,
    ConditionChangeRequest? ConditionChange,
    bool Sign = false,
    Guid? Corrects = null);
