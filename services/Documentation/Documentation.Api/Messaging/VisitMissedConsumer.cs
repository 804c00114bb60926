using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Api.Deviations;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Deviations;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>
/// A visit nobody checked in to: the visit is marked missed and a missed-visit deviation is opened for the zone's
/// UnitLeader (once per visit, whatever the redeliveries).
/// </summary>
public sealed class VisitMissedConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<VisitMissedConsumer> logger)
    : InboxConsumer<VisitMissed, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitMissed message, ConsumeContext<VisitMissed> context, CancellationToken cancellationToken)
    {
        var zone = await Db.Recipients.Where(r => r.Id == message.RecipientId).Select(r => r.Zone).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        var visit = await VisitPlans.FindOrAddAsync(Db, message.VisitId, message.MunicipalityId, message.RecipientId, cancellationToken);
        visit.Miss(message.OccurredAt);
        // Local too: messages that arrive together commit in one transaction.
        if (Db.Deviations.Local.Any(d => d.VisitId == message.VisitId && d.Type == DeviationType.MissedVisit)
            || await Db.Deviations.AnyAsync(d => d.VisitId == message.VisitId && d.Type == DeviationType.MissedVisit, cancellationToken))
        {
            return;
        }
        var deviation = Deviation.Report(message.MunicipalityId, zone, message.RecipientId, message.VisitId, DeviationType.MissedVisit, DeviationSeverity.High,
            $"Nobody checked in to the visit planned for {message.WindowStart:yyyy-MM-dd HH:mm} UTC.", null, null, message.OccurredAt);
        Db.Deviations.Add(deviation);
        Db.AddOutboxMessage(DeviationEvents.Reported(deviation), deviation.Id.ToString());
    }
}
