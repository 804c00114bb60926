using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Interests;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Interests;

public static class NewestChecklists
{
    /// <summary>Each recipient's newest interest checklist (by date done, then recorded last).</summary>
    public static async Task<Dictionary<Guid, InterestChecklist>> ForAsync(
        ActivitiesDbContext db, string municipalityId, IEnumerable<Guid> recipientIds, CancellationToken cancellationToken)
    {
        var ids = recipientIds.ToList();
        var checklists = await db.InterestChecklists.AsNoTracking().Of(municipalityId)
            .Where(c => ids.Contains(c.RecipientId))
            .ToListAsync(cancellationToken);
        return checklists
            .GroupBy(c => c.RecipientId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.DoneOn).ThenByDescending(c => c.Id).First());
    }
}
