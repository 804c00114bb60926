using CareServices.Contracts.Assessment;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Documentation.Api.Messaging;

/// <summary>The recipient's case worker, who reads the record while they hold the case.</summary>
public sealed class CaseWorkerAssignedConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<CaseWorkerAssignedConsumer> logger)
    : InboxConsumer<CaseWorkerAssigned, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(CaseWorkerAssigned message, ConsumeContext<CaseWorkerAssigned> context, CancellationToken cancellationToken)
    {
        var recipient = await Db.Recipients.FindAsync([message.RecipientId], cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {message.RecipientId}");
        recipient.AssignCaseWorker(message.StaffId, message.OccurredAt);
    }
}
