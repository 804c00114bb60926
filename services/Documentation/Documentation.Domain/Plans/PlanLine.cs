namespace CareServices.Documentation.Domain.Plans;

/// <summary>How one granted service line is done in practice, in the recipient's own words where they have them.</summary>
public sealed class PlanLine
{
    public Guid ServiceLineId { get; set; }
    public string ServiceCode { get; set; } = "";

    /// <summary>How the service is done ("shower in the morning, then breakfast together").</summary>
    public string TaskText { get; set; } = "";

    /// <summary>The recipient's own wishes ("shower and walk on Thursdays").</summary>
    public string? RecipientWishes { get; set; }

    /// <summary>What the recipient does themselves (everyday mastery).</summary>
    public string? DoesThemselves { get; set; }

    /// <summary>The goals the service serves.</summary>
    public string? Goals { get; set; }

    /// <summary>Practical notes: key, pets, aids. Never sent on the bus.</summary>
    public string? PracticalNotes { get; set; }

    /// <summary>Set when the decision no longer grants the line: it is kept for the record but no longer done.</summary>
    public DateOnly? ClosedFrom { get; set; }
}
