using CareServices.Scheduling.Planner.Checking;
using CareServices.Scheduling.Planner.Objective;

namespace CareServices.Scheduling.Planner.Reporting;

/// <summary>Everything a planner needs to judge a plan: hard constraints, every objective term, the KPIs.</summary>
public sealed record PlanQualityReport(FeasibilityReport Feasibility, ObjectiveBreakdown Objective, PlanKpis Kpis);
