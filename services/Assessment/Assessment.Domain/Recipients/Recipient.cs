namespace CareServices.Assessment.Domain.Recipients;

/// <summary>A person who has applied for or receives home-based care in one municipality.</summary>
public sealed class Recipient
{
    private Recipient()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }

    /// <summary>Confidential: never logged, never sent in events.</summary>
    public string NationalId { get; private set; } = "";

    public Address Address { get; private set; } = null!;
    public string Zone { get; private set; } = "";
    public string PreferredLanguage { get; private set; } = "";
    public RecipientStatus Status { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>A newly registered person is an applicant until a decision grants them services.</summary>
    public static Recipient Register(
        string municipalityId, string name, DateOnly birthDate, string nationalId, Address address, string zone,
        string preferredLanguage, DateTimeOffset registeredAt) => new()
        {
            Id = Guid.CreateVersion7(registeredAt),
            MunicipalityId = municipalityId,
            Name = name.Trim(),
            BirthDate = birthDate,
            NationalId = nationalId,
            Address = address,
            Zone = zone.Trim(),
            PreferredLanguage = preferredLanguage,
            Status = RecipientStatus.Applicant,
            RegisteredAt = registeredAt,
        };
}
