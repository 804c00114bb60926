namespace CareServices.Scheduling.Api.Planning;

/// <summary>Planning runs (<c>Scheduling:Planning</c>).</summary>
public sealed class PlanningOptions
{
    public const string SectionName = "Scheduling:Planning";

    /// <summary>Search time when a request names none.</summary>
    public int DefaultTimeLimitSeconds { get; set; } = 20;

    public int MaxTimeLimitSeconds { get; set; } = 300;

    /// <summary>Parallel searches per run; each is one core.</summary>
    public int Threads { get; set; } = 1;
}
