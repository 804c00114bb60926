namespace CareServices.Scheduling.Planner.Reporting;

/// <summary>The planning KPIs of DOMAIN.md, as shares in [0, 1] or averages.</summary>
/// <param name="Presence">Minutes at recipients' homes ÷ working minutes (target 0.65).</param>
/// <param name="DistinctStaffPerRecipientShift">Mean distinct staff a recipient meets in one period of one day.</param>
/// <param name="DistinctStaffPerRecipientHorizon">Mean distinct staff a recipient meets over the horizon.</param>
/// <param name="ContactPersonShare">Share of planned visits done by the recipient's primary or secondary contact.</param>
/// <param name="Punctuality">Share of planned visits starting inside their agreed window.</param>
/// <param name="AssignedShare">Share of visits planned at all.</param>
public sealed record PlanKpis(
    double Presence,
    double DistinctStaffPerRecipientShift,
    double DistinctStaffPerRecipientHorizon,
    double ContactPersonShare,
    double Punctuality,
    double AssignedShare,
    double VisitMinutes,
    double WorkingMinutes);
