using CareServices.Contracts.Activities;
using CareServices.Contracts.Assessment;
using CareServices.Contracts.Documentation;
using CareServices.Contracts.Scheduling;

namespace CareServices.Notifications.Tests;

/// <summary>Scheduling's, Documentation's and Activities' events as the tests publish them; times are Oslo local (UTC+1 in December).</summary>
public static class OtherEvents
{
    public static DateTimeOffset Oslo(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(1));

    public static StaffRegistered StaffRegistered(Guid staffId, string name, string zone, params string[] competences) => new()
    {
        OccurredAt = NotificationsHost.Morning.AddDays(-60),
        MunicipalityId = "1848",
        StaffId = staffId,
        Name = name,
        Zone = zone,
        Competences = competences,
        Languages = ["nb"],
    };

    public static StaffUpdated StaffLeft(StaffRegistered registered) => new()
    {
        OccurredAt = registered.OccurredAt.AddDays(1),
        MunicipalityId = registered.MunicipalityId,
        StaffId = registered.StaffId,
        Name = registered.Name,
        Zone = registered.Zone,
        Competences = registered.Competences,
        Languages = registered.Languages,
        Active = false,
    };

    public static ContactPersonAssigned Contacts(RecipientRegistered recipient, Guid primary, Guid acting, DateTimeOffset? occurredAt = null) => new()
    {
        OccurredAt = occurredAt ?? NotificationsHost.Morning.AddDays(-10),
        MunicipalityId = recipient.MunicipalityId,
        RecipientId = recipient.RecipientId,
        Primary = new ContactPersonRef { StaffId = primary, Name = "Primær" },
        Acting = new ContactPersonRef { StaffId = acting, Name = "Fungerende" },
        Secondary = primary == acting ? null : new ContactPersonRef { StaffId = acting, Name = "Fungerende" },
        Reason = primary == acting ? "assigned" : "secondaryTakeover",
        EffectiveFrom = new DateOnly(2026, 11, 1),
    };

    public static VisitRescheduled Rescheduled(RecipientRegistered recipient, DateTimeOffset from, DateTimeOffset to, Guid[] previousStaff, Guid[] staff) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = recipient.MunicipalityId,
        VisitId = Guid.NewGuid(),
        RecipientId = recipient.RecipientId,
        Date = DateOnly.FromDateTime(to.DateTime),
        PlannedStart = to,
        PlannedEnd = to.AddMinutes(30),
        StaffIds = staff,
        Lines = [],
        PreviousDate = DateOnly.FromDateTime(from.DateTime),
        PreviousStart = from,
        PreviousStaffIds = previousStaff,
    };

    public static VisitCancelled Cancelled(RecipientRegistered recipient) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = recipient.MunicipalityId,
        VisitId = Guid.NewGuid(),
        RecipientId = recipient.RecipientId,
        Date = new DateOnly(2026, 12, 9),
        Reason = "innlagt på sykehus",
    };

    public static RecipientNotHome NotHome(RecipientRegistered recipient) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = recipient.MunicipalityId,
        VisitId = Guid.NewGuid(),
        RecipientId = recipient.RecipientId,
        Date = new DateOnly(2026, 12, 7),
        StaffId = Guid.NewGuid(),
        ReportedAt = Oslo(7, 9, 40),
    };

    public static ConditionChangeReported ConditionChange(RecipientRegistered recipient) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = recipient.MunicipalityId,
        VisitReportId = Guid.NewGuid(),
        VisitId = Guid.NewGuid(),
        RecipientId = recipient.RecipientId,
        Zone = recipient.Zone,
        Category = "fall",
        ReportedByStaffId = Guid.NewGuid(),
    };

    public static DeviationReported Deviation(string zone, string severity) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = "1848",
        DeviationId = Guid.NewGuid(),
        Zone = zone,
        Type = "medicationError",
        Severity = severity,
        ReportedByStaffId = Guid.NewGuid(),
    };

    public static InterestChecklistDue ChecklistDue(RecipientRegistered recipient) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = recipient.MunicipalityId,
        RecipientId = recipient.RecipientId,
        Zone = recipient.Zone,
        ContactPersonName = "Primær",
        DueOn = new DateOnly(2027, 1, 15),
    };

    public static ActivityChanged ActivityChanged(string title, params Guid[] signedUp) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = "1848",
        ActivityId = Guid.NewGuid(),
        Changes = ["startsAt"],
        Title = title,
        PlaceName = "Steigen bygdetun",
        StartsAt = Oslo(10, 11),
        EndsAt = Oslo(10, 13),
        SignedUpRecipientIds = signedUp,
    };

    public static ActivityCancelled OccurrenceCancelled(string title, params Guid[] signedUp) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = "1848",
        ActivityId = Guid.NewGuid(),
        Title = title,
        OccurrenceStart = Oslo(17, 11),
        Reason = "Sjåføren er syk",
        SignedUpRecipientIds = signedUp,
    };

    public static VolunteerMatched Matched(RecipientRegistered recipient, string volunteerPhone) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = recipient.MunicipalityId,
        MatchId = Guid.NewGuid(),
        VolunteerId = Guid.NewGuid(),
        RecipientId = recipient.RecipientId,
        Role = "visitFriend",
        VolunteerName = "Vera Venn",
        VolunteerPhone = volunteerPhone,
    };

    public static TransportArranged Transport(RecipientRegistered recipient, string driverPhone) => new()
    {
        OccurredAt = NotificationsHost.Morning,
        MunicipalityId = recipient.MunicipalityId,
        SignUpId = Guid.NewGuid(),
        ActivityId = Guid.NewGuid(),
        RecipientId = recipient.RecipientId,
        DriverVolunteerId = Guid.NewGuid(),
        DriverName = "Dag Sjåfør",
        DriverPhone = driverPhone,
        ActivityTitle = "Middagsvenner",
        OccurrenceStart = Oslo(12, 16),
    };
}
