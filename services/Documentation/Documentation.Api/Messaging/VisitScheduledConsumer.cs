using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>A planned visit: who visits whom when (the visit care relation) and the tasks a report accounts for.</summary>
public sealed class VisitScheduledConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<VisitScheduledConsumer> logger)
    : InboxConsumer<VisitScheduled, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitScheduled message, ConsumeContext<VisitScheduled> context, CancellationToken cancellationToken)
    {
        var visit = await VisitPlans.FindOrAddAsync(Db, message.VisitId, message.MunicipalityId, message.RecipientId, cancellationToken);
        visit.Plan(message.Date, message.PlannedStart, message.StaffIds ?? [], VisitPlans.Lines(message.Lines), message.OccurredAt);
    }
}
