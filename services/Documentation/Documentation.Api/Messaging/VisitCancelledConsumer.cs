using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>A cancelled visit gives no care relation and takes no report.</summary>
public sealed class VisitCancelledConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<VisitCancelledConsumer> logger)
    : InboxConsumer<VisitCancelled, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitCancelled message, ConsumeContext<VisitCancelled> context, CancellationToken cancellationToken)
    {
        var visit = await VisitPlans.FindOrAddAsync(Db, message.VisitId, message.MunicipalityId, message.RecipientId, cancellationToken);
        visit.Cancel(message.OccurredAt);
    }
}
