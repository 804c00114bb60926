using CareServices.Contracts.Assessment;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>A first decision version: a draft implementation plan with one line per granted service line.</summary>
public sealed class DecisionGrantedConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<DecisionGrantedConsumer> logger)
    : InboxConsumer<DecisionGranted, DocumentationDbContext>(db, timeProvider, logger)
{
    private readonly TimeProvider _time = timeProvider;

    protected override Task HandleAsync(DecisionGranted message, ConsumeContext<DecisionGranted> context, CancellationToken cancellationToken) =>
        PlanDrafts.StartAsync(Db, message.MunicipalityId, message.Decision, message.Decision.ValidFrom, _time.GetUtcNow(), cancellationToken);
}
