using CareServices.Contracts;
using CareServices.Contracts.Assessment;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Documentation.Tests.Support;

/// <summary>
/// A recipient in Nordfold and the staff around them, delivered to Documentation as Assessment's and Scheduling's
/// events: a primary (CareWorker) and secondary (Nurse) contact person, a care worker staffed on a visit at
/// <see cref="VisitStart"/>, a care worker with no relation, the UnitLeaders of Nordfold and of Leiranger, and the
/// case worker who holds the recipient's case.
/// </summary>
public sealed record CareTeam(
    Guid RecipientId, Guid Primary, Guid Secondary, Guid Visitor, Guid Stranger, Guid ZoneLeader, Guid OtherLeader, Guid CaseWorker,
    Guid VisitId, Guid ServiceLineId, DateTimeOffset VisitStart)
{
    public const string Zone = "Nordfold";

    public static async Task<CareTeam> CreateAsync(DocumentationHost host, DateTimeOffset? visitStart = null, string language = "nb", string municipality = "1848")
    {
        var now = host.Clock.GetUtcNow();
        var team = new CareTeam(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            Guid.NewGuid(), Guid.NewGuid(), visitStart ?? now.AddHours(-2));
        IntegrationEvent[] events =
        [
            Recipient(team.RecipientId, municipality, language),
            Staff(team.Primary, "Kari Primær", Zone, municipality),
            Staff(team.Secondary, "Sara Sekundær", Zone, municipality),
            Staff(team.Visitor, "Vidar Vikar", Zone, municipality),
            Staff(team.Stranger, "Ola Fremmed", Zone, municipality),
            Staff(team.ZoneLeader, "Liv Leder", Zone, municipality),
            Staff(team.OtherLeader, "Lars Leder", "Leiranger", municipality),
            Staff(team.CaseWorker, "Cecilie Saksbehandler", Zone, municipality),
        ];
        await host.DeliverAsync(events);
        await host.DeliverAsync(
            new ContactPersonAssigned
            {
                OccurredAt = now, MunicipalityId = municipality, RecipientId = team.RecipientId,
                Primary = new ContactPersonRef { StaffId = team.Primary, Name = "Kari Primær" },
                Secondary = new ContactPersonRef { StaffId = team.Secondary, Name = "Sara Sekundær" },
                Acting = new ContactPersonRef { StaffId = team.Primary, Name = "Kari Primær" },
                Reason = "assigned",
                EffectiveFrom = DateOnly.FromDateTime(now.UtcDateTime),
            },
            team.Visit(team.VisitStart, [team.Visitor], now, municipality),
            new CaseWorkerAssigned
            {
                OccurredAt = now, MunicipalityId = municipality, RecipientId = team.RecipientId, StaffId = team.CaseWorker,
                Name = "Cecilie Saksbehandler", DecisionId = Guid.NewGuid(),
            });
        return team;
    }

    public VisitScheduled Visit(DateTimeOffset start, Guid[] staff, DateTimeOffset occurredAt, string municipality = "1848", Guid? visitId = null) => new()
    {
        OccurredAt = occurredAt,
        MunicipalityId = municipality,
        VisitId = visitId ?? VisitId,
        RecipientId = RecipientId,
        Date = DateOnly.FromDateTime(start.UtcDateTime),
        PlannedStart = start,
        PlannedEnd = start.AddMinutes(30),
        Lines = [new PlannedServiceMinutes { ServiceLineId = ServiceLineId, Minutes = 30 }],
        StaffIds = staff,
    };

    /// <summary>A token for one of the team, in the role they hold.</summary>
    public string Token(Guid staffId) => StaffTokens.Staff(RoleOf(staffId), staffId, NameOf(staffId));

    public string RoleOf(Guid staffId) =>
        staffId == Secondary ? Roles.Nurse
        : staffId == ZoneLeader || staffId == OtherLeader ? Roles.UnitLeader
        : staffId == CaseWorker ? Roles.CaseWorker
        : Roles.CareWorker;

    public string NameOf(Guid staffId) =>
        staffId == Primary ? "Kari Primær" : staffId == Secondary ? "Sara Sekundær" : staffId == Visitor ? "Vidar Vikar"
        : staffId == ZoneLeader ? "Liv Leder" : staffId == OtherLeader ? "Lars Leder" : staffId == CaseWorker ? "Cecilie Saksbehandler" : "Ola Fremmed";

    public string Journal => $"/api/documentation/recipients/{RecipientId}/journal";

    public string AccessLog => $"/api/documentation/recipients/{RecipientId}/access-log";

    private static RecipientRegistered Recipient(Guid id, string municipality, string language) => new()
    {
        OccurredAt = DateTimeOffset.UtcNow.AddDays(-60),
        MunicipalityId = municipality,
        RecipientId = id,
        Name = "Bertil Hansen",
        BirthDate = new DateOnly(1936, 4, 12),
        Address = new RecipientAddress { Street = "Fjordveien 2", PostalCode = "8286", City = "Nordfold", Latitude = 67.76, Longitude = 15.19 },
        Zone = Zone,
        PreferredLanguage = language,
    };

    private static StaffRegistered Staff(Guid id, string name, string zone, string municipality) => new()
    {
        OccurredAt = DateTimeOffset.UtcNow.AddDays(-60),
        MunicipalityId = municipality,
        StaffId = id,
        Name = name,
        Zone = zone,
        Competences = ["healthWorker"],
        Languages = ["nb"],
    };
}
