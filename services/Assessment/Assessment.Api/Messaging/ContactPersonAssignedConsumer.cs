using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Domain.Recipients;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Messaging;

/// <summary>Keeps the recipient's assigned contact persons, which decision letters name.</summary>
public sealed class ContactPersonAssignedConsumer(AssessmentDbContext db, TimeProvider timeProvider, ILogger<ContactPersonAssignedConsumer> logger)
    : InboxConsumer<ContactPersonAssigned, AssessmentDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        var assigned = await Db.AssignedContactPersons
            .FirstOrDefaultAsync(a => a.RecipientId == message.RecipientId && a.MunicipalityId == message.MunicipalityId, cancellationToken);
        if (assigned is null)
        {
            assigned = AssignedContactPerson.For(message.MunicipalityId, message.RecipientId);
            Db.AssignedContactPersons.Add(assigned);
        }
        assigned.Apply(
            (message.Primary.StaffId, message.Primary.Name),
            message.Secondary is { } secondary ? (secondary.StaffId, secondary.Name) : null,
            (message.Acting.StaffId, message.Acting.Name),
            message.EffectiveFrom,
            message.OccurredAt);
    }
}
