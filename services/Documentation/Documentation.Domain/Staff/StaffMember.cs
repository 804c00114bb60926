namespace CareServices.Documentation.Domain.Staff;

/// <summary>Documentation's copy of a staff member from Scheduling: the name the access log shows and the zone a UnitLeader leads.</summary>
public sealed class StaffMember
{
    private StaffMember()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Zone { get; private set; } = "";

    /// <summary>Staff who left (Scheduling's <c>StaffUpdated</c> with <c>active: false</c>) keep their name in the log but lead no zone.</summary>
    public bool Active { get; private set; } = true;

    public DateTimeOffset AsOf { get; private set; }

    public static StaffMember Registered(Guid id, string municipalityId, string name, string zone, DateTimeOffset asOf) => new()
    {
        Id = id,
        MunicipalityId = municipalityId,
        Name = name,
        Zone = zone,
        AsOf = asOf,
    };

    /// <summary>Takes newer details; an event not newer than the applied one changes nothing.</summary>
    public bool Update(string name, string zone, bool active, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return false;
        }
        Name = name;
        Zone = zone;
        Active = active;
        AsOf = asOf;
        return true;
    }
}
