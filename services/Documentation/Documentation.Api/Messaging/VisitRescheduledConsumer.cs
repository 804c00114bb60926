using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>A visit moved: its new time and staff replace the old ones, so the care relation follows the visit.</summary>
public sealed class VisitRescheduledConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<VisitRescheduledConsumer> logger)
    : InboxConsumer<VisitRescheduled, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(VisitRescheduled message, ConsumeContext<VisitRescheduled> context, CancellationToken cancellationToken)
    {
        var visit = await VisitPlans.FindOrAddAsync(Db, message.VisitId, message.MunicipalityId, message.RecipientId, cancellationToken);
        visit.Plan(message.Date, message.PlannedStart, message.StaffIds, VisitPlans.Lines(message.Lines), message.OccurredAt);
    }
}
