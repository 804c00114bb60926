using CareServices.Activities.Api.Persistence;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Activities.Api.Messaging;

/// <summary>A new decision version may name another primary contact.</summary>
public sealed class DecisionChangedConsumer(ActivitiesDbContext db, TimeProvider timeProvider, ILogger<DecisionChangedConsumer> logger)
    : InboxConsumer<DecisionChanged, ActivitiesDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(DecisionChanged message, ConsumeContext<DecisionChanged> context, CancellationToken cancellationToken)
    {
        var recipient = await Db.Recipients.FindAsync([message.Current.RecipientId], cancellationToken)
            ?? throw new ReadModelNotReadyException($"Recipient {message.Current.RecipientId}");
        recipient.AssignContactPerson(message.Current.ContactPersonName);
    }
}
