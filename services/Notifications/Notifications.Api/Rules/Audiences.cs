using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Delivery;
using CareServices.Notifications.Domain.Recipients;
using CareServices.Notifications.Domain.Staff;
using CareServices.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Rules;

/// <summary>Finds the people a rule names, from the read models: a recipient, their consenting relatives, staff by role and zone.</summary>
public static class Audiences
{
    /// <summary>The recipient's read model; not there yet means the registration has not arrived, so the event is retried.</summary>
    public static async Task<Recipient> RecipientAsync(NotificationsDbContext db, Guid recipientId, CancellationToken cancellationToken) =>
        await db.Recipients.FirstOrDefaultAsync(r => r.Id == recipientId, cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {recipientId}");

    /// <summary>The recipient themself: the in-app feed (and a letter when asked).</summary>
    public static Audience Recipient(Recipient recipient, bool byLetter = false) =>
        new(new Addressee(recipient.Id, recipient.Name, recipient.PreferredLanguage, null, null, ReadsFeed: true), byLetter);

    /// <summary>
    /// The relatives and other resource persons the recipient consented to have told — the read model holds no one
    /// else — written to in the recipient's language.
    /// </summary>
    public static IEnumerable<Audience> ConsentingRelatives(Recipient recipient) =>
        recipient.InformedPersons.Select(p => new Audience(new Addressee(p.Id, p.Name, recipient.PreferredLanguage, p.Email, p.Phone, ReadsFeed: false)));

    /// <summary>Staff of the municipality with the role, in the zone; when nobody in the zone has it, everyone with it.</summary>
    public static async Task<IReadOnlyList<Audience>> StaffAsync(
        NotificationsDbContext db, string municipalityId, string role, string? zone, CancellationToken cancellationToken)
    {
        var withRole = await db.Staff.Where(s => s.MunicipalityId == municipalityId && s.Roles.Contains(role)).ToListAsync(cancellationToken);
        var inZone = withRole.Where(s => zone is not null && s.Zone == zone).ToList();
        return (inZone.Count > 0 ? inZone : withRole).Select(Staff).ToList();
    }

    public static Audience Staff(StaffMember staff) =>
        new(new Addressee(staff.Id, staff.Name, staff.Language, staff.Email, staff.Phone, ReadsFeed: true));
}
