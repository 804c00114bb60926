using CareServices.Contracts.Assessment;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>Starts a new draft implementation plan when a decision version is granted.</summary>
internal static class PlanDrafts
{
    public static async Task StartAsync(DocumentationDbContext db, string municipalityId, DecisionSnapshot decision, DateOnly effectiveFrom, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = await db.Decisions.FirstOrDefaultAsync(d => d.MunicipalityId == municipalityId && d.Number == decision.Number, cancellationToken);
        if (record is null)
        {
            db.Decisions.Add(DecisionRecord.Granted(municipalityId, decision.Number, decision.RecipientId, decision.DecisionId, decision.Version));
        }
        else if (!record.Changed(decision.DecisionId, decision.Version))
        {
            return;
        }
        var previous = await db.ImplementationPlans
            .Where(p => p.MunicipalityId == municipalityId && p.DecisionNumber == decision.Number)
            .OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(cancellationToken);
        db.ImplementationPlans.Add(ImplementationPlan.Draft(municipalityId, decision.RecipientId, decision.DecisionId, decision.Number, decision.Version,
            [.. decision.Lines.Select(l => new GrantedLine(l.ServiceLineId, l.ServiceCode, l.Instructions))], previous, effectiveFrom, now));
    }
}
