using CareServices.Activities.Api.Persistence;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Activities.Api.Messaging;

/// <summary>Takes the recipient's primary contact from the decision: the due list of interest checklists is by contact person.</summary>
public sealed class DecisionGrantedConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<DecisionGrantedConsumer> logger)
    : InboxConsumer<DecisionGranted, ActivitiesDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionGranted message, ConsumeContext<DecisionGranted> context, CancellationToken cancellationToken)
    {
        var recipient = await Db.Recipients.FindAsync([message.Decision.RecipientId], cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {message.Decision.RecipientId}");
        recipient.AssignContactPerson(message.Decision.ContactPersonName);
    }
}
