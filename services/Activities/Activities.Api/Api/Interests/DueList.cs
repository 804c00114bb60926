using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Interests;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Interests;

/// <summary>The recipients whose interest checklist is due (never done, or the newest is 12 months old), per zone and contact person.</summary>
public sealed class DueList(ActivitiesDbContext db)
{
    public async Task<List<DueChecklist>> ForAsync(string municipalityId, string? zone, string? contactPerson, DateOnly today, CancellationToken cancellationToken)
    {
        var recipients = await db.Recipients.AsNoTracking().Of(municipalityId)
            .Where(r => zone == null || r.Zone == zone)
            .Where(r => contactPerson == null || r.ContactPersonName == contactPerson)
            .ToListAsync(cancellationToken);
        var lastDone = (await db.InterestChecklists.AsNoTracking().Of(municipalityId)
                .GroupBy(c => c.RecipientId)
                .Select(g => new { RecipientId = g.Key, Last = g.Max(c => c.DoneOn) })
                .ToListAsync(cancellationToken))
            .ToDictionary(x => x.RecipientId, x => x.Last);
        return [.. recipients
            .Select(r => (Recipient: r, Last: lastDone.TryGetValue(r.Id, out var last) ? last : (DateOnly?)null))
            .Where(x => ChecklistDue.IsDue(x.Last, today))
            .Select(x => new DueChecklist(x.Recipient.Id, x.Recipient.Name, x.Recipient.Zone, x.Recipient.ContactPersonName, x.Last, ChecklistDue.DueOn(x.Last)))
            .OrderBy(d => d.Zone, StringComparer.Ordinal)
            .ThenBy(d => d.ContactPersonName ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.DueOn ?? DateOnly.MinValue)
            .ThenBy(d => d.Name, StringComparer.Ordinal)];
    }
}
