using CareServices.Contracts.Assessment;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Recipients;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Messaging;

public sealed class RecipientRegisteredConsumer(DocumentationDbContext db, TimeProvider timeProvider, ILogger<RecipientRegisteredConsumer> logger)
    : InboxConsumer<RecipientRegistered, DocumentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(RecipientRegistered message, ConsumeContext<RecipientRegistered> context, CancellationToken cancellationToken)
    {
        if (await Db.Recipients.AnyAsync(r => r.Id == message.RecipientId, cancellationToken))
        {
            return;
        }
        Db.Recipients.Add(Recipient.Registered(
            message.RecipientId, message.MunicipalityId, message.Name, message.BirthDate, message.Zone, message.PreferredLanguage, message.OccurredAt));
    }
}
