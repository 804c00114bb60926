namespace CareServices.Scheduling.Domain.Demand;

/// <summary>Days a recipient is not at home (hospital stay, away): no visits are planned then.</summary>
public sealed class Unavailability
{
    private Unavailability()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }

    /// <summary><c>hospital</c> or <c>away</c>.</summary>
    public string Reason { get; private set; } = "";

    public static Unavailability Register(string municipalityId, Guid recipientId, DateOnly firstDay, DateOnly lastDay, string reason) => new()
    {
        Id = Guid.CreateVersion7(),
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        FirstDay = firstDay,
        LastDay = lastDay,
        Reason = reason,
    };

    public bool Covers(DateOnly date) => date >= FirstDay && date <= LastDay;
}
