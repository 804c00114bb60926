using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

public sealed class StaffRegisteredConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<StaffRegisteredConsumer> logger)
    : InboxConsumer<StaffRegistered, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(StaffRegistered message, ConsumeContext<StaffRegistered> context, CancellationToken cancellationToken)
    {
        // A registration is version 1, also when it comes from a release that did not say so.
        var (sql, values) = StaffReadModel.Apply(message.MunicipalityId, message.StaffId, message.Name, message.Zone, message.Competences, message.Languages,
            active: true, message.OccurredAt, message.AggregateVersion ?? 1);
        Execute(sql, values);
        return Task.CompletedTask;
    }
}
