using CareServices.Contracts.Scheduling;
using CareServices.Notifications.Api.Persistence;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

public sealed class StaffUpdatedConsumer(NotificationsDbContext db, TimeProvider timeProvider, ILogger<StaffUpdatedConsumer> logger)
    : InboxConsumer<StaffUpdated, NotificationsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(StaffUpdated message, ConsumeContext<StaffUpdated> context, CancellationToken cancellationToken)
    {
        var (sql, values) = StaffReadModel.Apply(message.MunicipalityId, message.StaffId, message.Name, message.Zone, message.Competences, message.Languages,
            message.Active, message.OccurredAt, message.AggregateVersion);
        Execute(sql, values);
        return Task.CompletedTask;
    }
}
