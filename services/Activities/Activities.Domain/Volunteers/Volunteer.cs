namespace CareServices.Activities.Domain.Volunteers;

/// <summary>
/// A volunteer: visit friend, support contact, driver, activity leader or dementia escort, with interests, languages,
/// the zones they cover and when they are free each week. Only volunteers who consented to be contacted are matched.
/// </summary>
public sealed class Volunteer : IMunicipalityOwned
{
    private Volunteer()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public List<VolunteerRole> Roles { get; private set; } = [];
    public List<string> Interests { get; private set; } = [];
    public List<string> Languages { get; private set; } = [];
    public List<string> Zones { get; private set; } = [];
    public List<WeeklySlot> Availability { get; private set; } = [];
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public DateOnly? PoliceCertificateIssuedOn { get; private set; }
    public bool ConsentToContact { get; private set; }
    public VolunteerStatus Status { get; private set; }

    public static Volunteer Register(string municipalityId, VolunteerProfile profile)
    {
        var volunteer = new Volunteer { Id = Guid.CreateVersion7(), MunicipalityId = municipalityId };
        volunteer.Change(profile);
        return volunteer;
    }

    public void Change(VolunteerProfile profile)
    {
        Name = profile.Name;
        Phone = profile.Phone;
        Roles = [.. profile.Roles.Distinct()];
        Interests = [.. profile.Interests.Distinct()];
        Languages = [.. profile.Languages.Distinct()];
        Zones = [.. profile.Zones.Distinct()];
        Availability = [.. profile.Availability];
        Latitude = profile.Latitude;
        Longitude = profile.Longitude;
        PoliceCertificateIssuedOn = profile.PoliceCertificateIssuedOn;
        ConsentToContact = profile.ConsentToContact;
        Status = profile.Status;
    }

    /// <summary>Active, consenting, and in <paramref name="role"/>: the volunteers matching may suggest at all.</summary>
    public bool Offers(VolunteerRole role) => Status == VolunteerStatus.Active && ConsentToContact && Roles.Contains(role);

    public bool Covers(string zone) => Zones.Count == 0 || Zones.Contains(zone, StringComparer.OrdinalIgnoreCase);

    public bool IsFree(DateTime localStart, DateTime localEnd) => Availability.Any(slot => slot.Covers(localStart, localEnd));
}
