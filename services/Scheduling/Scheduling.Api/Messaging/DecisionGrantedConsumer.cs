using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Api.Demand;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>A granted decision becomes the recipient's recurring tasks and their visits over the horizon.</summary>
public sealed class DecisionGrantedConsumer(SchedulingDbContext db, SchedulingClock clock, IOptions<DemandOptions> options, TimeProvider timeProvider, ILogger<DecisionGrantedConsumer> logger)
    : InboxConsumer<DecisionGranted, SchedulingDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionGranted message, ConsumeContext<DecisionGranted> context, CancellationToken cancellationToken)
    {
        var decision = message.Decision;
        if (!await DecisionStreams.AdvanceAsync(Db, message.MunicipalityId, decision.Number, message.AggregateVersion, cancellationToken))
        {
            return;
        }
        Db.CareTasks.AddRange(TaskDerivation.From(message.MunicipalityId, decision, decision.ValidFrom));
        // The writer works on Db: while a group of messages commits, that is the group leader's context.
        await new VisitDemandWriter(Db, clock, options).RefreshAsync(message.MunicipalityId, decision.RecipientId, decision.ValidFrom, cancellationToken);
    }
}
