using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Domain.FollowUp;
using CareServices.Contracts.Documentation;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Messaging;

/// <summary>Delivered minutes per service line; a report may arrive before the plan, so rows are created as needed.</summary>
public sealed class VisitDocumentedConsumer(AssessmentDbContext db, TimeProvider timeProvider, ILogger<VisitDocumentedConsumer> logger)
    : InboxConsumer<VisitDocumented, AssessmentDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitDocumented message, ConsumeContext<VisitDocumented> context, CancellationToken cancellationToken)
    {
        await VisitLock.AcquireAsync(Db, message.VisitId, cancellationToken);
        var existing = await Db.VisitMinutes.Where(v => v.VisitId == message.VisitId).ToListAsync(cancellationToken);
        foreach (var line in message.Lines.GroupBy(l => l.ServiceLineId))
        {
            var row = existing.FirstOrDefault(r => r.ServiceLineId == line.Key);
            if (row is null)
            {
                row = VisitMinutes.For(message.MunicipalityId, message.VisitId, line.Key, message.RecipientId, message.Date);
                Db.VisitMinutes.Add(row);
            }
            row.Deliver(line.Sum(l => l.Minutes));
        }
    }
}
