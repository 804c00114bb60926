using CareServices.Contracts.Assessment;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>A decision ended: every line of its plans is closed from the day after its last day.</summary>
public sealed class DecisionTerminatedConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<DecisionTerminatedConsumer> logger)
    : InboxConsumer<DecisionTerminated, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionTerminated message, ConsumeContext<DecisionTerminated> context, CancellationToken cancellationToken)
    {
        var record = await Db.Decisions.FirstOrDefaultAsync(d => d.MunicipalityId == message.MunicipalityId && d.Number == message.Number, cancellationToken);
        record?.Terminated(message.LastDay);
        var plans = await Db.ImplementationPlans
            .Where(p => p.MunicipalityId == message.MunicipalityId && p.DecisionNumber == message.Number && p.Status != Domain.Plans.PlanStatus.Superseded)
            .ToListAsync(cancellationToken);
        foreach (var plan in plans)
        {
            plan.CloseAll(message.LastDay.AddDays(1));
        }
    }
}
