namespace CareServices.Scheduling.Domain.Demand;

/// <summary>A recipient's wish about who visits: a preferred staff member is treated as known, a refused one never visits.</summary>
public sealed class StaffPreference
{
    private StaffPreference()
    {
    }

    public Guid RecipientId { get; private set; }
    public Guid StaffId { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public bool Refused { get; private set; }

    public static StaffPreference Create(string municipalityId, Guid recipientId, Guid staffId, bool refused) => new()
    {
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        StaffId = staffId,
        Refused = refused,
    };

    public void Set(bool refused) => Refused = refused;
}
