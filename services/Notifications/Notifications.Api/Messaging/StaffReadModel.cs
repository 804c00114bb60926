using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Preferences;
using CareServices.Notifications.Domain.Staff;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>Scheduling's staff events into the staff read model: name, zone, competences, language and whether they still work here.</summary>
internal static class StaffReadModel
{
    public static async Task ApplyAsync(
        NotificationsDbContext db, string municipalityId, Guid staffId, string name, string zone,
        IReadOnlyList<string> competences, IReadOnlyList<string> languages, bool active, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.Id == staffId, cancellationToken);
        if (staff is null)
        {
            staff = StaffMember.Of(staffId, municipalityId);
            db.Staff.Add(staff);
        }
        else if (staff.MunicipalityId != municipalityId)
        {
            // Ids are global; one municipality's event never rewrites another's employee.
            return;
        }
        staff.FromScheduling(name, zone, competences, Languages.OrDefault(languages.FirstOrDefault(Languages.IsSupported)), active, asOf);
    }
}
