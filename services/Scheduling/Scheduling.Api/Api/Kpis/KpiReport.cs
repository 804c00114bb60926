namespace CareServices.Scheduling.Api.Api.Kpis;

/// <summary>
/// The unit's figures for a zone and period. Continuity: distinct staff a recipient met per 14 days, and the share
/// of visits by a contact person. Presence: minutes at recipients ÷ rostered minutes (target 65 %). Punctuality:
/// check-ins inside the agreed window. Travel share: planned travel ÷ rostered minutes. Minutes: granted (every
/// visit the decisions ask for), planned (published) and delivered (checked out as completed).
/// </summary>
public sealed record KpiReport(
    string Zone, DateOnly From, DateOnly To,
    double DistinctStaffPerRecipientPer14Days, double ContactPersonShare,
    double Presence, double PresenceTarget, double Punctuality, double TravelShare,
    int GrantedMinutes, int PlannedMinutes, int DeliveredMinutes,
    int Recipients, int PublishedVisits, int CompletedVisits, int MissedVisits);
