using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Visits;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>What the visit consumers share: a visit row to apply an event to (events of one visit may arrive in any order).</summary>
internal static class VisitPlans
{
    public static async Task<Visit> FindOrAddAsync(DocumentationDbContext db, Guid visitId, string municipalityId, Guid recipientId, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.FindAsync([visitId], cancellationToken);
        if (visit is null)
        {
            visit = Visit.Planned(visitId, municipalityId, recipientId);
            db.Visits.Add(visit);
        }
        return visit;
    }

    public static IEnumerable<PlannedLine> Lines(IEnumerable<PlannedServiceMinutes> lines) =>
        lines.Select(l => new PlannedLine { ServiceLineId = l.ServiceLineId, Minutes = l.Minutes });
}
