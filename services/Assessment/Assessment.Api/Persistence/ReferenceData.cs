namespace CareServices.Assessment.Api.Persistence;

/// <summary>
/// The municipalities a fresh database knows: Steigen (the seeds' municipality) and Oslo's Gamle Oslo district
/// teams, both Norwegian. Others (Swedish, Danish …) are added through <c>PUT /api/assessment/municipalities/{number}</c>.
/// </summary>
public static class ReferenceData
{
    public sealed record ZoneData(string Name, double Latitude, double Longitude);

    public sealed record MunicipalityData(string Number, string Name, string Country, string Language, IReadOnlyList<ZoneData> Zones);

    public static readonly IReadOnlyList<MunicipalityData> Municipalities =
    [
        new("1848", "Steigen", "NO", "nb",
        [
            new("Nord-Steigen", 67.93, 15.33),
            new("Nordfold", 67.76, 15.19),
            new("Leiranger", 67.80, 14.98),
        ]),
        new("0301", "Oslo", "NO", "nb",
        [
            new("Gamle Oslo sør", 59.900, 10.785),
            new("Gamle Oslo øst", 59.908, 10.800),
            new("Gamle Oslo nord", 59.915, 10.770),
            new("Gamle Oslo vest", 59.907, 10.758),
        ]),
    ];
}
