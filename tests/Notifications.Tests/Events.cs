using CareServices.Contracts.Assessment;

namespace CareServices.Notifications.Tests;

/// <summary>Assessment's events as the tests publish them.</summary>
public static class Events
{
    public static RecipientRegistered Registered(string language = "nb", string zone = "Nord-Steigen", string municipality = "1848") => new()
    {
        OccurredAt = NotificationsHost.Morning.AddDays(-30),
        MunicipalityId = municipality,
        RecipientId = Guid.NewGuid(),
        Name = "Ola Nordmann",
        BirthDate = new DateOnly(1935, 2, 3),
        Address = new RecipientAddress { Street = "Fjordveien 2", PostalCode = "8286", City = "Nordfold", Latitude = 67.76, Longitude = 15.19 },
        Zone = zone,
        PreferredLanguage = language,
    };

    public static InformedResourcePerson Relative(string name, string? email = null, string? phone = null) => new()
    {
        ResourcePersonId = Guid.NewGuid(),
        Name = name,
        Relation = "datter",
        Email = email,
        Phone = phone,
    };

    /// <summary>Who may be told, as this Assessment release announces it (v2, the recipient's version 2).</summary>
    public static RecipientUpdatedV2 Consent(RecipientRegistered registered, DateTimeOffset occurredAt, params InformedResourcePerson[] informed) => new()
    {
        OccurredAt = occurredAt,
        MunicipalityId = registered.MunicipalityId,
        RecipientId = registered.RecipientId,
        Changes = ["resourcePersons"],
        Name = registered.Name,
        BirthDate = registered.BirthDate,
        Address = registered.Address,
        Zone = registered.Zone,
        PreferredLanguage = registered.PreferredLanguage,
        Status = "active",
        InformedResourcePersons = informed,
        AggregateVersion = 2,
    };

    /// <summary>A later change of who may be told (version 3) as an earlier Assessment release announced it (v1).</summary>
    public static RecipientUpdated ConsentFromEarlierRelease(RecipientRegistered registered, DateTimeOffset occurredAt, params InformedResourcePerson[] informed) => new()
    {
        OccurredAt = occurredAt,
        MunicipalityId = registered.MunicipalityId,
        RecipientId = registered.RecipientId,
        Changes = ["resourcePersons"],
        Name = registered.Name,
        BirthDate = registered.BirthDate,
        Address = registered.Address,
        Zone = registered.Zone,
        PreferredLanguage = registered.PreferredLanguage,
        Status = "active",
        LivesAlone = true,
        HomeNotes = new RecipientHomeNotes { Smoking = false },
        KeyArrangement = "none",
        WelfareTechnology = [],
        InformedResourcePersons = informed,
        AggregateVersion = 3,
    };

    public static DecisionTerminated Terminated(RecipientRegistered registered, string number = "V-2026-0001") => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = registered.MunicipalityId,
        DecisionId = Guid.NewGuid(),
        Number = number,
        Version = 1,
        RecipientId = registered.RecipientId,
        LastDay = new DateOnly(2026, 12, 31),
        Reason = "Flyttet til sykehjem",
    };

    public static DecisionSnapshot Snapshot(RecipientRegistered registered, int version = 1) => new()
    {
        DecisionId = Guid.NewGuid(),
        Number = "V-2026-0002",
        Version = version,
        RecipientId = registered.RecipientId,
        LegalBasis = "hol-3-2-6a",
        ValidFrom = new DateOnly(2026, 12, 14),
        HoursPerWeek = 5,
        Lines = [],
    };

    public static DecisionGranted Granted(RecipientRegistered registered) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = registered.MunicipalityId,
        Decision = Snapshot(registered),
    };

    public static DecisionChanged Changed(RecipientRegistered registered) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = registered.MunicipalityId,
        Previous = Snapshot(registered),
        Current = Snapshot(registered, 2),
        EffectiveFrom = new DateOnly(2027, 1, 1),
    };

    public static DecisionExpiring Expiring(RecipientRegistered registered) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = registered.MunicipalityId,
        DecisionId = Guid.NewGuid(),
        Number = "V-2026-0003",
        Version = 1,
        RecipientId = registered.RecipientId,
        ValidTo = new DateOnly(2027, 1, 5),
    };
}
