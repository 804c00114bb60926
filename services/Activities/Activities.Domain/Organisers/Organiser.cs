namespace CareServices.Activities.Domain.Organisers;

/// <summary>A volunteer centre, association, church, school … that arranges activities, with the person to call.</summary>
public sealed class Organiser : IMunicipalityOwned
{
    private Organiser()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public OrganiserKind Kind { get; private set; }
    public string ContactPerson { get; private set; } = "";
    public string Phone { get; private set; } = "";

    public static Organiser Register(string municipalityId, string name, OrganiserKind kind, string contactPerson, string phone) => new()
    {
        Id = Guid.CreateVersion7(),
        MunicipalityId = municipalityId,
        Name = name,
        Kind = kind,
        ContactPerson = contactPerson,
        Phone = phone,
    };

    public void Change(string name, OrganiserKind kind, string contactPerson, string phone)
    {
        Name = name;
        Kind = kind;
        ContactPerson = contactPerson;
        Phone = phone;
    }
}
