using CareServices.Contracts.Assessment;

namespace CareServices.Bench.Notifications;

/// <summary>
/// The events of the run: recipient <c>i</c> with one consenting relative, <c>relative-i@bench.example</c>, whom the
/// termination of the recipient's decision e-mails (the recipient's own feed message and letter go along). An update
/// alone creates the recipient in Notifications' read model, so no registration is needed.
/// </summary>
public static class BenchEvents
{
    public static string RelativeAddress(int i) => $"relative-{i}@bench.example";

    public static Guid RecipientId(int i) => new($"00000000-0000-7000-8000-{i:D12}");

    public static RecipientUpdated Consented(int i, DateTimeOffset at) => new()
    {
        OccurredAt = at,
        MunicipalityId = "1848",
        RecipientId = RecipientId(i),
        Changes = ["resourcePersons"],
        Name = $"Bench Mottaker {i}",
        BirthDate = new DateOnly(1938, 5, 17),
        Address = Address,
        Zone = "Nord-Steigen",
        PreferredLanguage = "nb",
        Status = "active",
        LivesAlone = true,
        HomeNotes = new RecipientHomeNotes { Smoking = false },
        KeyArrangement = "none",
        WelfareTechnology = [],
        InformedResourcePersons =
        [
            new InformedResourcePerson { ResourcePersonId = Guid.CreateVersion7(), Name = $"Pårørende {i}", Relation = "datter", Email = RelativeAddress(i) },
        ],
        AggregateVersion = 2,
    };

    public static DecisionTerminated Terminated(int i, DateTimeOffset at) => new()
    {
        OccurredAt = at,
        MunicipalityId = "1848",
        DecisionId = Guid.CreateVersion7(),
        Number = $"V-2026-{i:D5}",
        Version = 1,
        RecipientId = RecipientId(i),
        LastDay = new DateOnly(2026, 12, 31),
        Reason = "Flyttet",
    };

    private static readonly RecipientAddress Address = new()
    {
        Street = "Storgata 1",
        PostalCode = "8283",
        City = "Leinesfjord",
        Latitude = 67.77,
        Longitude = 15.12,
    };
}
