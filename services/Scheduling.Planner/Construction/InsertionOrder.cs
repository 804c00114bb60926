namespace CareServices.Scheduling.Planner.Construction;

/// <summary>Orders in which open visit groups are inserted; the variety is what makes repeated repair diverse.</summary>
internal enum InsertionOrder
{
    Random,
    EarliestWindow,
    LatestWindow,
    DoubleVisitsFirst,
    LongestFirst,
}
