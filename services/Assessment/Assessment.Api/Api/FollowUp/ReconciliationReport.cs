namespace CareServices.Assessment.Api.Api.FollowUp;

/// <summary>Granted vs planned vs delivered minutes per recipient, week and service line, and per zone and week.</summary>
public sealed record ReconciliationReport(DateOnly From, DateOnly To, string? Zone, IReadOnlyList<ReconciliationReport.LineWeek> Lines, IReadOnlyList<ReconciliationReport.ZoneWeek> Zones)
{
    /// <summary>Deviations are fractions of the granted minutes ((actual − granted) / granted); flagged beyond ±15 %.</summary>
    public sealed record LineWeek(
        Guid RecipientId, string RecipientName, string Zone, DateOnly WeekStart, Guid ServiceLineId, string? ServiceCode, string? DecisionNumber,
        decimal GrantedMinutes, int PlannedMinutes, int DeliveredMinutes, decimal? PlannedDeviation, decimal? DeliveredDeviation, bool Flagged);

    public sealed record ZoneWeek(string Zone, DateOnly WeekStart, decimal GrantedMinutes, int PlannedMinutes, int DeliveredMinutes, int FlaggedLines);
}
