namespace CareServices.Contracts.Assessment;

/// <summary>
/// A granted service line. <see cref="Frequency"/> is <c>daily</c>, <c>weekdays</c>, <c>everyNWeeks</c> or
/// <c>timesPerDay</c>; <see cref="Weekdays"/> are the visit days (all seven for daily); visits fall in
/// <see cref="TimeWindows"/> or at <see cref="ExactTime"/>.
/// </summary>
public sealed record GrantedServiceLine
{
    public required Guid ServiceLineId { get; init; }
    public required string ServiceCode { get; init; }

    /// <summary><c>healthCare</c> or <c>practicalAssistance</c>.</summary>
    public required string ServiceKind { get; init; }

    public required int MinutesPerVisit { get; init; }
    public required string Frequency { get; init; }
    public required IReadOnlyList<DayOfWeek> Weekdays { get; init; }
    public required int IntervalWeeks { get; init; }
    public required int TimesPerDay { get; init; }
    public required IReadOnlyList<VisitTimeWindow> TimeWindows { get; init; }
    public TimeOnly? ExactTime { get; init; }

    /// <summary><c>healthWorker</c>, <c>nurse</c>, <c>homeHelper</c>, <c>physiotherapist</c> or <c>occupationalTherapist</c>.</summary>
    public required string Competence { get; init; }

    public required bool DoubleStaffing { get; init; }
    public required bool CoPayment { get; init; }
    public string? Instructions { get; init; }
    public required decimal VisitsPerWeek { get; init; }
    public required decimal HoursPerWeek { get; init; }
}
