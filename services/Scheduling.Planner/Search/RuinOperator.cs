namespace CareServices.Scheduling.Planner.Search;

/// <summary>The removal ("ruin") moves of the large neighbourhood search.</summary>
internal enum RuinOperator
{
    Random,
    Worst,
    Related,
    Strings,
    Tardy,

    /// <summary>Whole bundles around a seed (only where recipients have several visits in a period).</summary>
    Bundles,
}
