using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Delivery;
using CareServices.Notifications.Domain.Preferences;
using CareServices.Notifications.Domain.Recipients;
using CareServices.Notifications.Domain.Staff;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Rules;

/// <summary>
/// Finds the people a rule names, from the read models: a recipient, their consenting relatives, their contact person,
/// staff by role and zone, a volunteer named in the event.
/// </summary>
public static class Audiences
{
    /// <summary>The recipient's read model; not there yet means the registration has not arrived, so the event is retried.</summary>
    public static async Task<Recipient> RecipientAsync(NotificationsDbContext db, string municipalityId, Guid recipientId, CancellationToken cancellationToken) =>
        await db.Recipients.FirstOrDefaultAsync(r => r.Id == recipientId && r.MunicipalityId == municipalityId, cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {recipientId}");

    /// <summary>Several recipients of one municipality, in the order asked; retried while one has not arrived.</summary>
    public static async Task<IReadOnlyList<Recipient>> RecipientsAsync(
        NotificationsDbContext db, string municipalityId, IReadOnlyCollection<Guid> recipientIds, CancellationToken cancellationToken)
    {
        var ids = recipientIds.Distinct().ToList();
        var found = await db.Recipients.Where(r => ids.Contains(r.Id) && r.MunicipalityId == municipalityId).ToDictionaryAsync(r => r.Id, cancellationToken);
        return ids.Select(id => found.GetValueOrDefault(id) ?? throw new ReadModelNotReadyException($"Recipient {id}")).ToList();
    }

    /// <summary>The recipient themself: the in-app feed (and a letter when asked).</summary>
    public static Audience Recipient(Recipient recipient, bool byLetter = false) =>
        new(new Addressee(recipient.Id, recipient.Name, recipient.PreferredLanguage, null, null, ReadsFeed: true), byLetter);

    /// <summary>
    /// The relatives and other resource persons the recipient consented to have told — the read model holds no one
    /// else — written to in the recipient's language.
    /// </summary>
    public static IEnumerable<Audience> ConsentingRelatives(Recipient recipient) =>
        recipient.InformedPersons.Select(p => new Audience(new Addressee(p.Id, p.Name, recipient.PreferredLanguage, p.Email, p.Phone, ReadsFeed: false)));

    /// <summary>The recipient and the relatives they consented to have told.</summary>
    public static IReadOnlyList<Audience> RecipientAndRelatives(Recipient recipient) => [Recipient(recipient), .. ConsentingRelatives(recipient)];

    /// <summary>
    /// Staff of the municipality still employed with the role (a nurse also by Scheduling's competence), in the zone;
    /// when nobody in the zone has it, everyone with it.
    /// </summary>
    public static async Task<IReadOnlyList<Audience>> StaffAsync(
        NotificationsDbContext db, string municipalityId, string role, string? zone, CancellationToken cancellationToken)
    {
        var nurse = role == Roles.Nurse;
        var withRole = await db.Staff
            .Where(s => s.MunicipalityId == municipalityId && s.Active
                && (s.Roles.Contains(role) || (nurse && s.Competences.Contains(StaffMember.NurseCompetence))))
            .ToListAsync(cancellationToken);
        var inZone = withRole.Where(s => zone is not null && s.Zone == zone).ToList();
        return (inZone.Count > 0 ? inZone : withRole).Select(Staff).ToList();
    }

    /// <summary>
    /// The recipient's contact person (the acting one, or the primary), or null when none is named or they have left.
    /// One named but not known here yet means Scheduling's staff event has not arrived, so the event is retried.
    /// </summary>
    public static async Task<Audience?> ContactPersonAsync(NotificationsDbContext db, Recipient recipient, bool primary, CancellationToken cancellationToken)
    {
        if ((primary ? recipient.PrimaryContactId : recipient.ActingContactId) is not { } staffId)
        {
            return null;
        }
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.Id == staffId && s.MunicipalityId == recipient.MunicipalityId, cancellationToken)
            ?? throw new ReadModelNotReadyException($"Staff member {staffId}");
        return staff.Active ? Staff(staff) : null;
    }

    /// <summary>The contact person, or when there is none the zone's unit leaders, who name contact persons.</summary>
    public static async Task<IReadOnlyList<Audience>> ContactPersonOrUnitLeadersAsync(
        NotificationsDbContext db, Recipient recipient, bool primary, CancellationToken cancellationToken) =>
        await ContactPersonAsync(db, recipient, primary, cancellationToken) is { } contact
            ? [contact]
            : await StaffAsync(db, recipient.MunicipalityId, Roles.UnitLeader, recipient.Zone, cancellationToken);

    public static Audience Staff(StaffMember staff) =>
        new(new Addressee(staff.Id, staff.Name, staff.Language, staff.Email, staff.Phone, ReadsFeed: true));

    /// <summary>
    /// A volunteer as the event names them (only volunteers who consented to be contacted are matched): SMS to their
    /// phone, or their in-app feed; in their chosen language, else the default.
    /// </summary>
    public static Audience Volunteer(Guid volunteerId, string name, string? phone) =>
        new(new Addressee(volunteerId, name, Languages.Default, null, phone, ReadsFeed: true));
}
