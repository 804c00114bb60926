using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Demand;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Api.WorkLists;
using MassTransit;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>
/// A new decision version: the earlier version's tasks end the day before it applies, the new version's tasks
/// start then, and the visits from that day on are re-derived (unchanged ones keep their plan).
/// </summary>
public sealed class DecisionChangedConsumer(
    SchedulingDbContext db, SchedulingClock clock, IOptions<DemandOptions> options, WorkListCache workLists, TimeProvider timeProvider, ILogger<DecisionChangedConsumer> logger)
    : DemandConsumer<DecisionChanged>(db, clock, options, workLists, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionChanged message, ConsumeContext<DecisionChanged> context, CancellationToken cancellationToken)
    {
        if (!await DecisionStreams.AdvanceAsync(Db, message.MunicipalityId, message.Current.Number, message.AggregateVersion, cancellationToken))
        {
            return;
        }
        var from = message.EffectiveFrom;
        var earlier = await Db.CareTasks.Where(t => t.DecisionId == message.Previous.DecisionId || t.DecisionId == message.Current.DecisionId).ToListAsync(cancellationToken);
        foreach (var task in earlier)
        {
            task.EndAfter(from.AddDays(-1));
        }
        var current = message.Current;
        Db.CareTasks.AddRange(TaskDerivation.From(message.MunicipalityId, current, current.ValidFrom > from ? current.ValidFrom : from));
        await RefreshVisitsAsync(message.MunicipalityId, current.RecipientId, from, cancellationToken);
    }
}
