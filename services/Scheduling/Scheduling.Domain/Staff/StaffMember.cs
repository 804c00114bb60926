namespace CareServices.Scheduling.Domain.Staff;

/// <summary>A member of a home-care unit: what they may do, where they work from and how they travel.</summary>
public sealed class StaffMember
{
    private StaffMember()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public List<string> Competences { get; private set; } = [];
    public string Zone { get; private set; } = "";

    /// <summary>Share of a full-time position, 1–100.</summary>
    public int EmploymentPercentage { get; private set; }

    public List<string> Languages { get; private set; } = [];
    public string TransportMode { get; private set; } = TransportModes.Car;

    /// <summary>Where the staff member's shifts start and end (the unit's base).</summary>
    public double BaseLatitude { get; private set; }

    public double BaseLongitude { get; private set; }

    /// <summary>False once the staff member has left; kept because past visits name them.</summary>
    public bool Active { get; private set; } = true;

    /// <summary>
    /// 1 when registered, one more with each change that publishes <c>StaffUpdated</c>; the concurrency token, and the
    /// events' <c>AggregateVersion</c>, by which read models keep the newest details.
    /// </summary>
    public int Version { get; private set; }

    public static StaffMember Register(Guid id, string municipalityId, StaffDetails details)
    {
        var staff = new StaffMember { Id = id, MunicipalityId = municipalityId, Version = 1 };
        staff.Apply(details);
        return staff;
    }

    public void Update(StaffDetails details)
    {
        Apply(details);
        Version++;
    }

    public void Deactivate()
    {
        Active = false;
        Version++;
    }

    private void Apply(StaffDetails details)
    {
        Name = details.Name;
        Competences = [.. details.Competences.Distinct()];
        Zone = details.Zone;
        EmploymentPercentage = details.EmploymentPercentage;
        Languages = [.. details.Languages.Distinct()];
        TransportMode = details.TransportMode;
        BaseLatitude = details.BaseLatitude;
        BaseLongitude = details.BaseLongitude;
    }
}
