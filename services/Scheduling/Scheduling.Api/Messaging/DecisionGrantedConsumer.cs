using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Demand;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Api.WorkLists;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>A granted decision becomes the recipient's recurring tasks and their visits over the horizon.</summary>
public sealed class DecisionGrantedConsumer(
    SchedulingDbContext db, SchedulingClock clock, IOptions<DemandOptions> options, WorkListCache workLists, TimeProvider timeProvider, ILogger<DecisionGrantedConsumer> logger)
    : DemandConsumer<DecisionGranted>(db, clock, options, workLists, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionGranted message, ConsumeContext<DecisionGranted> context, CancellationToken cancellationToken)
    {
        var decision = message.Decision;
        if (!await DecisionStreams.AdvanceAsync(Db, message.MunicipalityId, decision.Number, message.AggregateVersion, cancellationToken))
        {
            return;
        }
        Db.CareTasks.AddRange(TaskDerivation.From(message.MunicipalityId, decision, decision.ValidFrom));
        await RefreshVisitsAsync(message.MunicipalityId, decision.RecipientId, decision.ValidFrom, cancellationToken);
    }
}
