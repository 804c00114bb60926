using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Domain.FollowUp;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Messaging;

public sealed class VisitCancelledConsumer(AssessmentDbContext db, TimeProvider timeProvider, ILogger<VisitCancelledConsumer> logger)
    : InboxConsumer<VisitCancelled, AssessmentDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitCancelled message, ConsumeContext<VisitCancelled> context, CancellationToken cancellationToken)
    {
        await VisitLock.AcquireAsync(Db, message.VisitId, cancellationToken);
        var rows = await Db.VisitMinutes.Where(v => v.VisitId == message.VisitId).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            // The plan has not arrived yet (another queue): remember the cancellation for it.
            var marker = VisitMinutes.For(message.MunicipalityId, message.VisitId, VisitMinutes.VisitMarker, message.RecipientId, message.Date);
            Db.VisitMinutes.Add(marker);
            rows.Add(marker);
        }
        foreach (var row in rows)
        {
            row.Cancel(message.OccurredAt);
        }
    }
}
