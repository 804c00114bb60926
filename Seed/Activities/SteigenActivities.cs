namespace CareServices.Seed.Activities;

/// <summary>
/// Steigen's social side as the seed data shows it: the organisers the project worked with, a month of activities
/// (the regular café, devotion with hymns, exercise at Toppen, the dining-friends lunch and the bus trip with a café
/// stop that residents at Toppen asked for), volunteers in all three zones, and interest checklists.
/// </summary>
public static class SteigenActivities
{
    public sealed record OrganiserSeed(string Name, string Kind, string ContactPerson, string Phone);

    public sealed record PlaceSeed(string Name, string Address, double Latitude, double Longitude, bool Wheelchair, bool HearingLoop);

    /// <summary>An activity; <see cref="Day"/> is the day of the month of its first occurrence, <see cref="Rule"/> its RRULE.</summary>
    public sealed record ActivitySeed(
        string Title, string Category, string Description, string Organiser, string? Zone, PlaceSeed Place, DayOfWeek Weekday, int Week,
        TimeOnly Start, TimeOnly End, string? Rule, int? Capacity, bool Transport, decimal Cost);

    public sealed record VolunteerSeed(
        string Name, string Phone, string[] Roles, string[] Interests, string[] Zones, (string Day, string From, string To)[] Availability,
        double Latitude, double Longitude, int? CertificateYearsAgo);

    public static readonly PlaceSeed Steigentunet = new("Steigentunet", "Leinesfjord", 67.93, 15.33, true, true);
    public static readonly PlaceSeed Toppen = new("Toppen eldresenter", "Leinesfjord", 67.932, 15.335, true, false);
    public static readonly PlaceSeed NordfoldSamfunnshus = new("Nordfold samfunnshus", "Nordfold", 67.76, 15.19, true, true);
    public static readonly PlaceSeed BogoyGrendehus = new("Bogøy grendehus", "Bogøy", 67.80, 14.98, false, false);
    public static readonly PlaceSeed SteigenKirke = new("Steigen kirke", "Steigen", 67.95, 15.05, false, true);

    public static readonly IReadOnlyList<OrganiserSeed> Organisers =
    [
        new("Steigen frivilligsentral", "volunteerCentre", "Ann Rita Vestvatn", "+47 75 77 88 00"),
        new("Hjemmetjenesten i Steigen", "homeService", "Områdesykepleier", "+47 75 77 88 50"),
        new("Lev i Steigen", "association", "Koordinator Lev i Steigen", "+47 75 77 88 10"),
        new("Steigen menighet", "church", "Sogneprest", "+47 75 77 88 20"),
        new("Steigen kulturskole", "cultureSchool", "Rektor kulturskolen", "+47 75 77 88 30"),
        new("Leinesfjord barnehage", "kindergarten", "Styrer", "+47 75 77 88 40"),
        new("Steigen sanitetsforening", "association", "Leder sanitetsforeningen", "+47 900 11 222"),
        new("Steigen pensjonistforening", "association", "Leder pensjonistforeningen", "+47 900 33 444"),
        new("Bygdekvinnelaget i Steigen", "association", "Leder bygdekvinnelaget", "+47 900 55 666"),
    ];

    public static readonly IReadOnlyList<ActivitySeed> Activities =
    [
        new("Kafé på Steigentunet", "cafe", "Kaffe, vafler og prat i fellesstua. Alle er velkomne.", "Lev i Steigen", null, Steigentunet,
            DayOfWeek.Tuesday, 1, new(11, 0), new(13, 0), "FREQ=WEEKLY;BYDAY=TU", null, false, 0m),
        new("Andakt med salmesang", "devotion", "Presten holder andakt, vi synger kjente salmer.", "Steigen menighet", null, Steigentunet,
            DayOfWeek.Thursday, 1, new(13, 0), new(14, 0), "FREQ=MONTHLY;BYDAY=1TH", null, false, 0m),
        new("Seniortrim på Toppen", "exerciseWalk", "Lett trim med musikk, stoler til alle.", "Hjemmetjenesten i Steigen", "Nord-Steigen", Toppen,
            DayOfWeek.Monday, 1, new(10, 0), new(11, 0), "FREQ=WEEKLY;BYDAY=MO", 15, false, 0m),
        new("Spisevenner: lunsj på Steigentunet", "meal", "Vi spiser lunsj sammen. Frivillige henter den som trenger skyss.", "Steigen frivilligsentral", null, Steigentunet,
            DayOfWeek.Thursday, 1, new(12, 0), new(13, 30), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", 12, true, 60m),
        new("Busstur i kjent nærmiljø med kafébesøk", "outing", "Busstur rundt Steigen med stopp på lokal kafé. Ønsket av beboerne på Toppen.", "Steigen frivilligsentral", null, Toppen,
            DayOfWeek.Wednesday, 3, new(10, 0), new(15, 0), null, 14, true, 150m),
        new("Strikkekafé i Nordfold", "crafts", "Ta med strikketøyet; garn finnes.", "Steigen sanitetsforening", "Nordfold", NordfoldSamfunnshus,
            DayOfWeek.Wednesday, 1, new(11, 0), new(13, 0), "FREQ=WEEKLY;BYDAY=WE", 20, false, 20m),
        new("Kortspill på Bogøy", "cardsGames", "Kortspill og kaffe i grendehuset.", "Steigen pensjonistforening", "Leiranger", BogoyGrendehus,
            DayOfWeek.Friday, 1, new(12, 0), new(14, 0), "FREQ=WEEKLY;BYDAY=FR", null, false, 0m),
        new("Pepperkakebaking med barnehagen", "generationalMeeting", "Barna fra Leinesfjord barnehage baker pepperkaker med oss.", "Leinesfjord barnehage", null, Steigentunet,
            DayOfWeek.Tuesday, 2, new(9, 30), new(11, 0), null, 10, false, 0m),
        new("Kulturskolen spiller", "musicSinging", "Elevene i kulturskolen øver foran et lite publikum.", "Steigen kulturskole", null, Steigentunet,
            DayOfWeek.Thursday, 3, new(14, 0), new(15, 0), null, null, false, 0m),
        new("Lefsebaking med bygdekvinnelaget", "bakingCooking", "Vi baker lefser sammen til jul.", "Bygdekvinnelaget i Steigen", null, Steigentunet,
            DayOfWeek.Monday, 4, new(11, 0), new(14, 0), null, 8, false, 0m),
    ];

    public static readonly IReadOnlyList<VolunteerSeed> Volunteers =
    [
        new("Randi Besøksvenn", "+47 911 00 001", ["visitFriend"], ["singing", "knitting", "cafe"], ["Nord-Steigen"],
            [("tuesday", "10:00", "15:00"), ("thursday", "10:00", "15:00")], 67.93, 15.32, 1),
        new("Jon Turgåer", "+47 911 00 002", ["visitFriend", "activityLeader"], ["walks", "fishing", "localHistory"], ["Nord-Steigen", "Nordfold"],
            [("monday", "09:00", "13:00")], 67.92, 15.30, 2),
        new("Ola Sjåfør", "+47 911 00 003", ["driver"], ["busTrips"], ["Nord-Steigen", "Leiranger"],
            [("wednesday", "09:00", "16:00"), ("thursday", "11:00", "14:00"), ("tuesday", "10:00", "14:00")], 67.90, 15.20, null),
        new("Kari Sjåfør", "+47 911 00 004", ["driver"], ["cafe"], ["Nordfold"],
            [("wednesday", "10:00", "14:00"), ("thursday", "11:00", "14:00")], 67.76, 15.18, null),
        new("Ingrid Støttekontakt", "+47 911 00 005", ["supportContact", "dementiaEscort"], ["hymns", "devotion", "baking"], ["Nordfold", "Leiranger"],
            [("friday", "10:00", "15:00")], 67.79, 15.00, 2),
        new("Per Kortspiller", "+47 911 00 006", ["visitFriend"], ["cardGames", "sportOnTv", "fishing"], ["Leiranger"],
            [("friday", "11:00", "15:00")], 67.80, 14.97, 4),
        new("Sigrid Kulturvenn", "+47 911 00 007", ["activityLeader", "visitFriend"], ["concerts", "theatreCinema", "readingAloud"], ["Nord-Steigen"],
            [("thursday", "13:00", "16:00")], 67.935, 15.34, 0),
    ];

    /// <summary>Interests the checklists draw from; bus trips weigh most at Toppen, as the seed's overview found.</summary>
    public static readonly string[] CommonInterests =
        ["busTrips", "cafe", "singing", "hymns", "devotion", "diningTogether", "walks", "knitting", "baking", "cardGames", "children", "localHistory", "fishing"];
}
