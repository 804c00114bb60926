namespace CareServices.Scheduling.Domain.Demand;

/// <summary>
/// How far the care tasks follow one decision number: the aggregate version of the last decision event applied.
/// Decision events change tasks step by step (a new version ends the old one's tasks, a termination ends them), so
/// they are applied in their number's order: a copy or an older event changes nothing, and one that arrives before
/// its predecessor waits (is retried) until the predecessor has been applied.
/// </summary>
public sealed class DecisionStream
{
    private DecisionStream()
    {
    }

    public string MunicipalityId { get; private set; } = "";
    public string Number { get; private set; } = "";
    public int Version { get; private set; }
}
