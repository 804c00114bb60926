using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Domain.FollowUp;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Messaging;

/// <summary>Planned minutes per service line; a re-planned visit (same id) replaces its earlier plan.</summary>
public sealed class VisitScheduledConsumer(AssessmentDbContext db, TimeProvider timeProvider, ILogger<VisitScheduledConsumer> logger)
    : InboxConsumer<VisitScheduled, AssessmentDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitScheduled message, ConsumeContext<VisitScheduled> context, CancellationToken cancellationToken)
    {
        await VisitLock.AcquireAsync(Db, message.VisitId, cancellationToken);
        var existing = await Db.VisitMinutes.Where(v => v.VisitId == message.VisitId).ToListAsync(cancellationToken);
        var cancelledAt = existing.Max(r => r.CancelledAt);
        foreach (var row in existing.Where(r => r.ServiceLineId != VisitMinutes.VisitMarker))
        {
            row.Plan(message.Date, 0, message.OccurredAt, cancelledAt);
        }
        foreach (var line in message.Lines.GroupBy(l => l.ServiceLineId))
        {
            var row = existing.FirstOrDefault(r => r.ServiceLineId == line.Key);
            if (row is null)
            {
                row = VisitMinutes.For(message.MunicipalityId, message.VisitId, line.Key, message.RecipientId, message.Date);
                Db.VisitMinutes.Add(row);
            }
            row.Plan(message.Date, line.Sum(l => l.Minutes), message.OccurredAt, cancelledAt);
        }
    }
}
