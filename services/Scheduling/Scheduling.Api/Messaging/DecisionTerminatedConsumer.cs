using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Demand;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Api.WorkLists;
using MassTransit;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>A terminated decision's tasks end on its last day; visits after it are withdrawn.</summary>
public sealed class DecisionTerminatedConsumer(
    SchedulingDbContext db, SchedulingClock clock, IOptions<DemandOptions> options, WorkListCache workLists, TimeProvider timeProvider, ILogger<DecisionTerminatedConsumer> logger)
    : DemandConsumer<DecisionTerminated>(db, clock, options, workLists, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionTerminated message, ConsumeContext<DecisionTerminated> context, CancellationToken cancellationToken)
    {
        if (!await DecisionStreams.AdvanceAsync(Db, message.MunicipalityId, message.Number, message.AggregateVersion, cancellationToken))
        {
            return;
        }
        var tasks = await Db.CareTasks.Where(t => t.DecisionId == message.DecisionId).ToListAsync(cancellationToken);
        foreach (var task in tasks)
        {
            task.EndAfter(message.LastDay);
        }
        await RefreshVisitsAsync(message.MunicipalityId, message.RecipientId, message.LastDay.AddDays(1), cancellationToken);
    }
}
