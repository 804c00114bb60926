namespace CareServices.Seed;

/// <summary>Zones with plausible centres, postal codes and the shares of recipients living there.</summary>
public static class SeedData
{
    public static readonly IReadOnlyList<ZonePlan> SteigenZones =
    [
        new("Nord-Steigen", 67.93, 15.33, "8283", "Leinesfjord", 0.40),
        new("Nordfold", 67.76, 15.19, "8286", "Nordfold", 0.35),
        new("Leiranger", 67.80, 14.98, "8288", "Bogøy", 0.25),
    ];

    public static readonly IReadOnlyList<ZonePlan> OsloZones =
    [
        new("Gamle Oslo sør", 59.900, 10.785, "0191", "Oslo", 0.25),
        new("Gamle Oslo øst", 59.908, 10.800, "0658", "Oslo", 0.25),
        new("Gamle Oslo nord", 59.915, 10.770, "0560", "Oslo", 0.25),
        new("Gamle Oslo vest", 59.907, 10.758, "0190", "Oslo", 0.25),
    ];

    public static readonly string[] WhatMatters =
    [
        "Å bo hjemme så lenge som mulig", "Å komme seg ut på tur langs fjæra", "Å gå på koret på onsdager", "Besøk av barnebarna",
        "Å klare morgenstellet selv", "Å være med på dagsenteret", "Å holde hagen i stand", "Å lage middag selv",
    ];

    public static readonly string[] ManagesSelf =
    [
        "Frokost og kveldsmat", "Påkledning av overkroppen", "Medisiner fra dosett med påminnelse", "Korte turer innendørs med rullator",
        "Telefon og avis", "Enkel matlaging",
    ];

    public static readonly string[] WhoIsAround =
    [
        "Datter i Bodø som ringer daglig", "Sønn på Leinesfjord", "Nabo som handler av og til", "Ektefelle som bor sammen med bruker",
        "Ingen nære pårørende i kommunen", "Venninne fra kirkekoret",
    ];
}
