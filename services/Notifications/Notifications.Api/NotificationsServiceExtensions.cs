using CareServices.Notifications.Api.Messaging;
using CareServices.Notifications.Api.Persistence;
using CareServices.ServiceDefaults.Caching;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Persistence;

namespace CareServices.Notifications.Api;

public static class NotificationsServiceExtensions
{
    public const string ServiceName = "notifications";

    public static WebApplicationBuilder AddNotificationsServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext, WebApplicationBuilder>("notificationsdb");
        builder.AddServiceBus<NotificationsDbContext, WebApplicationBuilder>(ServiceName, bus =>
        {
            bus.AddConsumer<RecipientRegisteredConsumer>(typeof(RecipientRegisteredConsumerDefinition));
            bus.AddConsumer<RecipientUpdatedConsumer>();
        });
        builder.AddServiceRedis();
        return builder;
    }
}
