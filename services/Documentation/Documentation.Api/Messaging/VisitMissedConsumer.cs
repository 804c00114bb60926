using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>A visit nobody checked in to: marked missed (it still gives its staff a care relation for the follow-up).</summary>
public sealed class VisitMissedConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<VisitMissedConsumer> logger)
    : InboxConsumer<VisitMissed, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitMissed message, ConsumeContext<VisitMissed> context, CancellationToken cancellationToken)
    {
        var visit = await VisitPlans.FindOrAddAsync(Db, message.VisitId, message.MunicipalityId, message.RecipientId, cancellationToken);
        visit.Miss(message.OccurredAt);
    }
}
