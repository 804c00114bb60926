using Bogus;

namespace CareServices.Seed;

/// <summary>
/// Deterministic demo recipients (Bogus, Norwegian locale, a fixed seed per municipality). The mix follows
/// DOMAIN.md: mostly older people, practical assistance with co-payment for the lighter needs, personal care,
/// medication and nursing for the heavier, a few without services yet.
/// </summary>
public sealed class RecipientGenerator(MunicipalityPlan plan, DateOnly today)
{
    private static readonly string[] Languages = ["nb", "nb", "nb", "nb", "nb", "nb", "nb", "nb", "nb", "nb", "nb", "nb", "nb", "nb", "se", "en", "pl", "sv", "uk", "de"];

    public IReadOnlyList<GeneratedRecipient> Generate()
    {
        var faker = new Faker("nb_NO") { Random = new Randomizer(plan.Seed) };
        var result = new List<GeneratedRecipient>();
        for (var i = 0; i < plan.Recipients; i++)
        {
            result.Add(One(faker, i));
        }
        return result;
    }

    private GeneratedRecipient One(Faker f, int index)
    {
        var zone = PickZone(f.Random.Double());
        var need = f.Random.WeightedRandom([0, 1, 2, 3, 4], [0.08f, 0.30f, 0.40f, 0.17f, 0.05f]);
        var age = f.Random.Double() < 0.1 ? f.Random.Int(25, 66) : f.Random.Int(67, 98);
        var born = today.AddYears(-age).AddDays(-f.Random.Int(0, 364));
        var nationalId = NorwegianIds.For(born, f.Random.Int(0, 499) + index);
        var gender = f.Random.Bool() ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male;
        var first = f.Name.FirstName(gender);
        var last = f.Name.LastName();
        var keyKind = f.Random.WeightedRandom(["keyBox", "digitalLock", "none"], [0.5f, 0.2f, 0.3f]);
        var technology = new List<string>();
        if (need >= 2 || f.Random.Bool(0.4f))
        {
            technology.Add("safetyAlarm");
        }
        if (need >= 2 && f.Random.Bool(0.3f))
        {
            technology.Add("medicationDispenser");
        }
        if (f.Random.Bool(0.1f))
        {
            technology.Add("stoveGuard");
        }
        var registration = new
        {
            name = $"{first} {last}",
            birthDate = born.ToString("yyyy-MM-dd"),
            nationalId,
            address = new
            {
                street = $"{f.Address.StreetName()} {f.Random.Int(1, 60)}",
                postalCode = zone.PostalCode,
                city = zone.City,
                latitude = Math.Round(zone.Latitude + f.Random.Double(-0.04, 0.04), 5),
                longitude = Math.Round(zone.Longitude + f.Random.Double(-0.10, 0.10), 5),
            },
            zone = zone.Name,
            preferredLanguage = f.PickRandom(Languages),
            livesAlone = f.Random.Bool(0.55f),
            homeNotes = new
            {
                pets = f.Random.Bool(0.25f) ? f.PickRandom("katt", "hund", "to katter") : null,
                smoking = f.Random.Bool(0.1f),
                aids = f.Random.Bool(0.4f) ? f.PickRandom("rullator", "rullestol", "sykehusseng", "dusjkrakk") : null,
                other = (string?)null,
            },
            keyArrangement = keyKind == "keyBox"
                ? (object)new { kind = keyKind, code = f.Random.Int(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture), location = "ved inngangsdøra" }
                : new { kind = keyKind },
            welfareTechnology = technology,
        };
        var relatives = Enumerable.Range(0, f.Random.Int(need == 0 ? 0 : 1, 2)).Select(_ => f.Name.FullName()).Select(name => (object)new
        {
            name,
            // From the name, not a random draw, so the same seed still gives the same people.
            email = Notifications.DemoEmail.For(name, "example.no"),
            relation = f.PickRandom("datter", "sønn", "ektefelle", "nabo", "barnebarn"),
            phone = $"+47 9{f.Random.Int(1000000, 9999999)}",
            consentToInform = f.Random.Bool(0.8f),
        }).ToArray();
        var validFrom = today.AddDays(-f.Random.Int(14, 700));
        string? validTo = f.Random.Bool(0.15f) ? today.AddDays(f.Random.Int(5, 120)).ToString("yyyy-MM-dd") : null;
        var intake = new
        {
            heldOn = validFrom.AddDays(-f.Random.Int(3, 20)).ToString("yyyy-MM-dd"),
            participants = new[] { "bruker", "saksbehandler" }.Concat(relatives.Length > 0 ? ["pårørende"] : []).ToArray(),
            whatMatters = f.PickRandom(SeedData.WhatMatters),
            managesSelf = f.PickRandom(SeedData.ManagesSelf),
            whoIsAround = f.PickRandom(SeedData.WhoIsAround),
        };
        var codes = new[] { "social_participation", "daily_decisions", "own_health", "communication", "memory", "behaviour", "goods_services",
            "housework", "cooking", "eating", "hygiene", "dressing", "toilet", "mobility_indoors", "mobility_outdoors", "vision", "hearing" };
        var assessment = new
        {
            assessedOn = validFrom.AddDays(-f.Random.Int(1, 10)).ToString("yyyy-MM-dd"),
            scores = codes.Select(code => new
            {
                code,
                score = Math.Clamp(need + f.Random.Int(-1, 1) + (code is "housework" or "goods_services" ? 1 : 0), 1, code is "vision" or "hearing" ? 4 : 5),
                note = (string?)null,
            }).ToArray(),
        };
        return new GeneratedRecipient(registration, nationalId, need, relatives, intake, assessment, Lines(f, need),
            validFrom.ToString("yyyy-MM-dd"), validTo, f.Name.FullName(), need <= 1 ? "Klare lettere husarbeid selv" : "Klare morgenstellet med mindre hjelp");
    }

    // Windows as home-care units set them: morning care and medicines 07:30–11:00, afternoon 13:00–16:00, evening 18:00–22:00.
    private static object[] Lines(Faker f, int need)
    {
        object Cleaning() => new { serviceCode = "cleaning", minutesPerVisit = f.PickRandom(45, 60, 90), frequency = new { kind = "everyNWeeks", intervalWeeks = 2, weekdays = new[] { f.PickRandom("monday", "tuesday", "wednesday", "thursday", "friday") } } };
        object Shopping() => new { serviceCode = "shopping", minutesPerVisit = 30, frequency = new { kind = "weekdays", weekdays = new[] { "friday" } } };
        object Care(int minutes, int times, bool two) => times == 1
            ? new { serviceCode = "personal_care", minutesPerVisit = minutes, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = "07:30", end = "11:00" } }, doubleStaffing = two }
            : new { serviceCode = "personal_care", minutesPerVisit = minutes, frequency = new { kind = "timesPerDay", timesPerDay = 2 }, timeWindows = new[] { new { start = "07:30", end = "11:00" }, new { start = "18:00", end = "22:00" } }, doubleStaffing = two };
        object Medication(int times) => new
        {
            serviceCode = "medication", minutesPerVisit = 10, frequency = new { kind = "timesPerDay", timesPerDay = times },
            timeWindows = new[] { new { start = "07:30", end = "11:00" }, new { start = "13:00", end = "16:00" }, new { start = "18:00", end = "22:00" } }.Take(times).ToArray(),
        };
        object Shower() => new { serviceCode = "shower", minutesPerVisit = 45, frequency = new { kind = "weekdays", weekdays = new[] { f.PickRandom("tuesday", "thursday") } } };
        object Supervision() => new { serviceCode = "supervisory_visit", minutesPerVisit = 15, frequency = new { kind = "weekdays", weekdays = new[] { "saturday", "sunday" } }, exactTime = "15:00" };
        return need switch
        {
            1 => f.Random.Bool(0.5f) ? [Cleaning(), Shopping()] : [Cleaning()],
            2 => [Care(30, 1, false), Medication(2), Shower(), Cleaning()],
            3 => [Care(40, 2, f.Random.Bool(0.3f)), Medication(3), Shower(), Cleaning(),
                new { serviceCode = "nutrition", minutesPerVisit = 20, frequency = new { kind = "timesPerDay", timesPerDay = 1 }, timeWindows = new[] { new { start = "12:00", end = "14:00" } } }],
            4 => [Care(45, 2, true), Medication(3),
                new { serviceCode = "nursing_care", minutesPerVisit = 30, frequency = new { kind = "daily" }, timeWindows = new[] { new { start = "12:00", end = "15:00" } } },
                Supervision()],
            _ => [],
        };
    }

    private ZonePlan PickZone(double value)
    {
        var sum = 0.0;
        foreach (var zone in plan.Zones)
        {
            sum += zone.Share;
            if (value < sum)
            {
                return zone;
            }
        }
        return plan.Zones[^1];
    }
}
