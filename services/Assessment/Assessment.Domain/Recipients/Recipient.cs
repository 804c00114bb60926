using CareServices.Assessment.Domain.Identity;

namespace CareServices.Assessment.Domain.Recipients;

/// <summary>A person who has applied for or receives home-based care in one municipality.</summary>
public sealed class Recipient
{
    private readonly List<ResourcePerson> _resourcePersons = [];

    private Recipient()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }

    /// <summary>The national id as ciphertext (confidential: never logged, never sent in events).</summary>
    public string ProtectedNationalId { get; private set; } = "";

    /// <summary>The keyed hash of the national id: unique in the municipality, and how the same person is found.</summary>
    public string NationalIdHash { get; private set; } = "";

    public Address Address { get; private set; } = null!;
    public string Zone { get; private set; } = "";
    public string PreferredLanguage { get; private set; } = "";
    public RecipientStatus Status { get; private set; }
    public bool LivesAlone { get; private set; }
    public HomeNotes HomeNotes { get; private set; } = HomeNotes.None;
    public KeyArrangement KeyArrangement { get; private set; } = KeyArrangement.None;
    public List<string> WelfareTechnology { get; private set; } = [];
    public IReadOnlyList<ResourcePerson> ResourcePersons => _resourcePersons;
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// 1 at registration, one more with each announced change. Every event about the recipient carries it, so read
    /// models keep the newest state whatever order events arrive in; stored as the optimistic concurrency token, so
    /// two changes made from the same version cannot both commit.
    /// </summary>
    public int Version { get; private set; }

    /// <summary>A newly registered person is an applicant until a decision grants them services.</summary>
    public static Recipient Register(
        string municipalityId, string name, DateOnly birthDate, SealedNationalId nationalId, Address address, string zone,
        string preferredLanguage, DateTimeOffset registeredAt) => new()
        {
            Id = Guid.CreateVersion7(registeredAt),
            MunicipalityId = municipalityId,
            Name = name.Trim(),
            BirthDate = birthDate,
            ProtectedNationalId = nationalId.Protected,
            NationalIdHash = nationalId.Hash,
            Address = address,
            Zone = zone.Trim(),
            PreferredLanguage = preferredLanguage,
            Status = RecipientStatus.Applicant,
            RegisteredAt = registeredAt,
            UpdatedAt = registeredAt,
            Version = 1,
        };

    /// <summary>Each setter returns the change's name when the value really changed, so an update lists only what differs.</summary>
    public string? Rename(string name) => Set(Name, name.Trim(), v => Name = v, RecipientChange.Name);

    public string? Move(Address address) => Set(Address, address, v => Address = v, RecipientChange.Address);

    public string? AssignZone(string zone) => Set(Zone, zone.Trim(), v => Zone = v, RecipientChange.Zone);

    public string? PreferLanguage(string language) => Set(PreferredLanguage, language, v => PreferredLanguage = v, RecipientChange.PreferredLanguage);

    public string? SetLivesAlone(bool livesAlone) => Set(LivesAlone, livesAlone, v => LivesAlone = v, RecipientChange.LivesAlone);

    public string? SetHomeNotes(HomeNotes notes) => Set(HomeNotes, notes, v => HomeNotes = v, RecipientChange.HomeNotes);

    public string? SetKeyArrangement(KeyArrangement arrangement) =>
        Set(KeyArrangement, arrangement, v => KeyArrangement = v, RecipientChange.KeyArrangement);

    public string? SetWelfareTechnology(IEnumerable<string> technology)
    {
        var sorted = technology.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (sorted.SequenceEqual(WelfareTechnology))
        {
            return null;
        }
        WelfareTechnology = sorted;
        return RecipientChange.WelfareTechnology;
    }

    /// <summary>Moves the status along <see cref="RecipientStatusRules"/>; false when the rules forbid the step.</summary>
    public bool TryChangeStatus(RecipientStatus status)
    {
        if (!RecipientStatusRules.CanChange(Status, status))
        {
            return false;
        }
        Status = status;
        return true;
    }

    public ResourcePerson AddResourcePerson(string name, string relation, string? phone, string? email, bool consentToInform, DateTimeOffset now)
    {
        var person = ResourcePerson.Create(Id, name, relation, phone, email, consentToInform, now);
        _resourcePersons.Add(person);
        return person;
    }

    public ResourcePerson? FindResourcePerson(Guid id) => _resourcePersons.FirstOrDefault(p => p.Id == id);

    public static void ChangeResourcePerson(ResourcePerson person, string name, string relation, string? phone, string? email, bool consentToInform) =>
        person.Change(name, relation, phone, email, consentToInform);

    public bool RemoveResourcePerson(Guid id) => _resourcePersons.RemoveAll(p => p.Id == id) > 0;

    /// <summary>Records a change that will be announced: when it happened, and the next version.</summary>
    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private static string? Set<T>(T current, T value, Action<T> assign, string change)
    {
        if (EqualityComparer<T>.Default.Equals(current, value))
        {
            return null;
        }
        assign(value);
        return change;
    }
}
