using CareServices.Contracts.Assessment;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>
/// A new decision version: the approved plan becomes stale and a new draft carries its texts over, with lines no
/// longer granted closed from the change.
/// </summary>
public sealed class DecisionChangedConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<DecisionChangedConsumer> logger)
    : InboxConsumer<DecisionChanged, DocumentationDbContext>(db, timeProvider, logger)
{
    private readonly TimeProvider _time = timeProvider;

    protected override Task HandleAsync(DecisionChanged message, ConsumeContext<DecisionChanged> context, CancellationToken cancellationToken) =>
        PlanDrafts.StartAsync(Db, message.MunicipalityId, message.Current, message.EffectiveFrom, _time.GetUtcNow(), cancellationToken);
}
