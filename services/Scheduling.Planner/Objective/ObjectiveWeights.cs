namespace CareServices.Scheduling.Planner.Objective;

/// <summary>
/// Weights of the objective terms; the objective is Σ weight × term (see <see cref="ObjectiveBreakdown"/> for
/// what each term counts). Weights are configuration: the profiles below are starting points, not rules.
/// </summary>
public sealed record ObjectiveWeights
{
    /// <summary>Per unit of travel distance.</summary>
    public double TravelDistance { get; init; }

    /// <summary>Per minute of travel.</summary>
    public double TravelTime { get; init; }

    /// <summary>Per minute of late start, summed over visits.</summary>
    public double Tardiness { get; init; }

    /// <summary>Per minute of the single largest late start.</summary>
    public double MaxTardiness { get; init; }

    /// <summary>Per minute worked beyond a shift's maximum working minutes.</summary>
    public double Overtime { get; init; }

    /// <summary>Per unassigned visit, multiplied by its priority. Keep it far above every other term.</summary>
    public double Unassigned { get; init; }

    /// <summary>Per distinct staff member a recipient meets on a day (summed over recipients and days).</summary>
    public double DistinctStaffPerDay { get; init; }

    /// <summary>Per distinct staff member a recipient meets over the horizon.</summary>
    public double DistinctStaffOverHorizon { get; init; }

    /// <summary>Per visit not done by the recipient's primary or secondary contact person.</summary>
    public double NotByContactPerson { get; init; }

    /// <summary>Per visit by staff the recipient has neither as contact nor met in recent weeks.</summary>
    public double UnfamiliarStaff { get; init; }

    /// <summary>Per extra staff member in a bundle (a recipient's visits of one period of one day).</summary>
    public double SplitBundles { get; init; }

    /// <summary>Per minute of mean absolute deviation of working time between used shifts.</summary>
    public double WorkloadImbalance { get; init; }

    /// <summary>Per visit that re-planning moves off its shift in the current plan (when that shift still exists).</summary>
    public double Disruption { get; init; }

    /// <summary>
    /// Mankowska, Meisel and Bierwirth (2014): (D + T + Tmax) / 3 with travel distance D, total tardiness T and
    /// maximum tardiness Tmax. Unassigned visits are not part of the published model; the heavy weight only makes
    /// the search fill every route, and a complete plan has the published value exactly.
    /// </summary>
    public static ObjectiveWeights Mankowska2014 { get; } = new()
    {
        TravelDistance = 1.0 / 3,
        Tardiness = 1.0 / 3,
        MaxTardiness = 1.0 / 3,
        Unassigned = 100_000,
    };

    /// <summary>
    /// Municipal day planning after Tanum's "Back to Basic": few different faces, bundled visits, the contact
    /// person first. A visit by someone else than a contact person weighs like four minutes of driving (five
    /// with an unfamiliar face), an extra face in a bundle like five (six and a half with the per-day and
    /// horizon counts it also raises). On the district benchmark this keeps a recipient at about 1.44 staff
    /// per shift with about two thirds of visits by a contact person, for 8–10 % more travel than without these
    /// terms; heavier weights buy little more continuity for much more travel.
    /// </summary>
    public static ObjectiveWeights Municipal { get; } = new()
    {
        TravelTime = 1,
        Tardiness = 2,
        MaxTardiness = 1,
        Overtime = 5,
        Unassigned = 10_000,
        DistinctStaffPerDay = 1,
        DistinctStaffOverHorizon = 0.5,
        NotByContactPerson = 4,
        UnfamiliarStaff = 1,
        SplitBundles = 5,
        WorkloadImbalance = 0.05,
        Disruption = 60,
    };

    /// <summary>Some continuity term (distinct staff, contact person, familiarity, split bundles) has a weight.</summary>
    public bool HasContinuityTerms =>
        DistinctStaffPerDay != 0 || DistinctStaffOverHorizon != 0 || NotByContactPerson != 0 || UnfamiliarStaff != 0 || SplitBundles != 0;

    /// <summary>The same weights with every continuity term switched off (for comparison).</summary>
    public ObjectiveWeights WithoutContinuity() => this with
    {
        DistinctStaffPerDay = 0,
        DistinctStaffOverHorizon = 0,
        NotByContactPerson = 0,
        UnfamiliarStaff = 0,
        SplitBundles = 0,
    };
}
