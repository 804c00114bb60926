namespace CareServices.Scheduling.Planner.Objective;

/// <summary>Every objective term of one plan, unweighted, and the weighted total.</summary>
public sealed record ObjectiveBreakdown
{
    public double TravelDistance { get; init; }

    public double TravelTime { get; init; }

    public double Tardiness { get; init; }

    public double MaxTardiness { get; init; }

    public double Overtime { get; init; }

    /// <summary>Σ priority of unassigned visits.</summary>
    public double Unassigned { get; init; }

    public int UnassignedVisits { get; init; }

    /// <summary>Σ over (recipient, day) of distinct staff.</summary>
    public int DistinctStaffPerDay { get; init; }

    /// <summary>Σ over recipients of distinct staff over the horizon.</summary>
    public int DistinctStaffOverHorizon { get; init; }

    public int NotByContactPerson { get; init; }

    public int UnfamiliarStaff { get; init; }

    /// <summary>Σ over (recipient, day, period) of distinct staff − 1.</summary>
    public int SplitBundles { get; init; }

    public double WorkloadImbalance { get; init; }

    /// <summary>Visits moved off a shift that still exists in the plan being repaired (a removed shift's visits must move).</summary>
    public int Disruption { get; init; }

    public double Total { get; init; }

    public static double Weigh(ObjectiveBreakdown terms, ObjectiveWeights weights)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(weights);
        return weights.TravelDistance * terms.TravelDistance
            + weights.TravelTime * terms.TravelTime
            + weights.Tardiness * terms.Tardiness
            + weights.MaxTardiness * terms.MaxTardiness
            + weights.Overtime * terms.Overtime
            + weights.Unassigned * terms.Unassigned
            + weights.DistinctStaffPerDay * terms.DistinctStaffPerDay
            + weights.DistinctStaffOverHorizon * terms.DistinctStaffOverHorizon
            + weights.NotByContactPerson * terms.NotByContactPerson
            + weights.UnfamiliarStaff * terms.UnfamiliarStaff
            + weights.SplitBundles * terms.SplitBundles
            + weights.WorkloadImbalance * terms.WorkloadImbalance
            + weights.Disruption * terms.Disruption;
    }
}
