using System.Text.Json;

namespace CareServices.Seed.Activities;

/// <summary>
/// Seeds Steigen's organisers, a month of activities (the current month), volunteers and interest checklists for
/// part of its recipients, through the gateway as the volunteer coordinator and a care worker would. Idempotent:
/// what is there by name (or, for checklists, by recipient) is left as it is.
/// </summary>
public sealed class ActivitiesSeeder(GatewayClient gateway, string municipality)
{
    private const string Coordinator = "VolunteerCoordinator";
    private const string CareWorker = "CareWorker";

    public sealed record Result(int Organisers, int Activities, int Volunteers, int Checklists);

    public async Task<Result> RunAsync(int expectedRecipients, int seed)
    {
        var recipients = await RecipientsAsync(expectedRecipients);
        var organisers = await OrganisersAsync();
        var activities = await ActivitiesAsync(organisers.Ids);
        var volunteers = await VolunteersAsync();
        var checklists = await ChecklistsAsync(recipients, seed);
        return new Result(organisers.Created, activities, volunteers, checklists);
    }

    /// <summary>Activities learns of recipients from Assessment's events; waits (up to two minutes) until they have arrived.</summary>
    private async Task<List<JsonElement>> RecipientsAsync(int expected)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var list = (await gateway.ExpectAsync(HttpMethod.Get, "/api/activities/recipients", CareWorker, municipality)).EnumerateArray().ToList();
            if (list.Count >= expected || DateTime.UtcNow > deadline)
            {
                return list;
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private async Task<(Dictionary<string, Guid> Ids, int Created)> OrganisersAsync()
    {
        var ids = (await gateway.ExpectAsync(HttpMethod.Get, "/api/activities/organisers", Coordinator, municipality)).EnumerateArray()
            .ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("id").GetGuid(), StringComparer.Ordinal);
        var created = 0;
        foreach (var organiser in SteigenActivities.Organisers.Where(o => !ids.ContainsKey(o.Name)))
        {
            var body = await gateway.ExpectAsync(HttpMethod.Post, "/api/activities/organisers", Coordinator, municipality,
                new { name = organiser.Name, kind = organiser.Kind, contactPerson = organiser.ContactPerson, phone = organiser.Phone });
            ids[organiser.Name] = body.GetProperty("id").GetGuid();
            created++;
        }
        return (ids, created);
    }

    private async Task<int> ActivitiesAsync(Dictionary<string, Guid> organisers)
    {
        var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, oslo));
        var month = await gateway.ExpectAsync(HttpMethod.Get, $"/api/activities/calendar?year={today.Year}&month={today.Month}", Coordinator, municipality);
        var existing = month.GetProperty("days").EnumerateArray()
            .SelectMany(d => d.GetProperty("entries").EnumerateArray())
            .Select(e => e.GetProperty("title").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        var created = 0;
        foreach (var activity in SteigenActivities.Activities.Where(a => !existing.Contains(a.Title)))
        {
            var day = NthWeekday(today.Year, today.Month, activity.Weekday, activity.Week);
            await gateway.ExpectAsync(HttpMethod.Post, "/api/activities/activities", Coordinator, municipality, new
            {
                organiserId = organisers[activity.Organiser],
                title = activity.Title,
                category = activity.Category,
                description = activity.Description,
                zone = activity.Zone,
                place = new
                {
                    name = activity.Place.Name, address = activity.Place.Address, latitude = activity.Place.Latitude, longitude = activity.Place.Longitude,
                    wheelchairAccessible = activity.Place.Wheelchair, hearingLoop = activity.Place.HearingLoop,
                },
                start = day.ToDateTime(activity.Start).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                end = day.ToDateTime(activity.End).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                timeZone = "Europe/Oslo",
                recurrence = activity.Rule,
                capacity = activity.Capacity,
                transportOffered = activity.Transport,
                cost = activity.Cost,
                language = "nb",
            });
            created++;
        }
        return created;
    }

    private async Task<int> VolunteersAsync()
    {
        var existing = (await gateway.ExpectAsync(HttpMethod.Get, "/api/activities/volunteers", Coordinator, municipality)).EnumerateArray()
            .Select(v => v.GetProperty("name").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = 0;
        foreach (var volunteer in SteigenActivities.Volunteers.Where(v => !existing.Contains(v.Name)))
        {
            await gateway.ExpectAsync(HttpMethod.Post, "/api/activities/volunteers", Coordinator, municipality, new
            {
                name = volunteer.Name,
                phone = volunteer.Phone,
                roles = volunteer.Roles,
                interests = volunteer.Interests,
                languages = new[] { "nb" },
                zones = volunteer.Zones,
                availability = volunteer.Availability.Select(a => new { day = a.Day, from = a.From + ":00", to = a.To + ":00" }),
                latitude = volunteer.Latitude,
                longitude = volunteer.Longitude,
                policeCertificateIssuedOn = volunteer.CertificateYearsAgo is { } years ? today.AddYears(-years).AddDays(-20).ToString("yyyy-MM-dd") : null,
                consentToContact = true,
                status = "active",
            });
            created++;
        }
        return created;
    }

    /// <summary>Checklists for about six in ten recipients, generated the same way every run; some are over a year old (due again).</summary>
    private async Task<int> ChecklistsAsync(List<JsonElement> recipients, int seed)
    {
        var random = new Random(seed);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var answers = new[] { "doNow", "usedTo", "wouldLikeToTry", "notInterested" };
        var created = 0;
        foreach (var recipient in recipients)
        {
            var id = recipient.GetProperty("id").GetGuid();
            var zone = recipient.GetProperty("zone").GetString();
            // Drawn for every recipient, whether seeded or not, so a rerun makes the same choices.
            var chosen = random.NextDouble() < 0.6;
            var picks = SteigenActivities.CommonInterests.Where(_ => random.NextDouble() < 0.35).ToDictionary(i => i, _ => answers[random.Next(answers.Length)]);
            var wantsBusTrip = zone == "Nord-Steigen" ? random.NextDouble() < 0.7 : random.NextDouble() < 0.3;
            var ageDays = random.Next(10, 460);
            var livesAlone = random.NextDouble() < 0.6;
            var loneliness = random.Next(1, 6);
            var meets = new[] { "daily", "weekly", "monthly", "rarely", "never" }[random.Next(5)];
            var transport = random.NextDouble() < 0.5;
            if (!chosen)
            {
                continue;
            }
            var done = await gateway.ExpectAsync(HttpMethod.Get, $"/api/activities/recipients/{id}/interest-checklists", CareWorker, municipality);
            if (done.GetArrayLength() > 0)
            {
                continue;
            }
            if (wantsBusTrip)
            {
                picks["busTrips"] = "wouldLikeToTry";
            }
            if (picks.Count == 0)
            {
                picks["cafe"] = "doNow";
            }
            await gateway.ExpectAsync(HttpMethod.Post, $"/api/activities/recipients/{id}/interest-checklists", CareWorker, municipality, new
            {
                doneOn = today.AddDays(-ageDays).ToString("yyyy-MM-dd"),
                answers = picks,
                livesAlone,
                meetsOthers = meets,
                loneliness,
                needsTransport = transport,
                needsEscort = false,
                needsWheelchairAccess = false,
                needsHearingLoop = false,
            });
            created++;
        }
        return created;
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }
}
