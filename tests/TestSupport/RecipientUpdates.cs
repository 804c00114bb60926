using CareServices.Contracts.Assessment;

namespace CareServices.TestSupport;

/// <summary>
/// Assessment's recipient updates as consumers receive them during a rolling deploy: v2 from this release, v1 from
/// an earlier one (or its outbox). The same change in both, at a given version.
/// </summary>
public static class RecipientUpdates
{
    private static readonly RecipientAddress Address = new() { Street = "Fjordveien 2", PostalCode = "8286", City = "Nordfold", Latitude = 67.76, Longitude = 15.19 };

    public static RecipientUpdatedV2 V2(Guid recipientId, string zone, int version, string municipality = "1848") => new()
    {
        OccurredAt = DateTimeOffset.UtcNow,
        MunicipalityId = municipality,
        RecipientId = recipientId,
        Changes = ["zone"],
        Name = "Ola Nordmann",
        BirthDate = new DateOnly(1935, 2, 3),
        Address = Address,
        Zone = zone,
        PreferredLanguage = "nb",
        Status = "active",
        InformedResourcePersons = [],
        AggregateVersion = version,
    };

    public static RecipientUpdated V1(Guid recipientId, string zone, int version, string municipality = "1848") => new()
    {
        OccurredAt = DateTimeOffset.UtcNow,
        MunicipalityId = municipality,
        RecipientId = recipientId,
        Changes = ["zone"],
        Name = "Ola Nordmann",
        BirthDate = new DateOnly(1935, 2, 3),
        Address = Address,
        Zone = zone,
        PreferredLanguage = "nb",
        Status = "active",
        LivesAlone = true,
        HomeNotes = new RecipientHomeNotes { Smoking = false },
        KeyArrangement = "none",
        WelfareTechnology = [],
        InformedResourcePersons = [],
        AggregateVersion = version,
    };
}
