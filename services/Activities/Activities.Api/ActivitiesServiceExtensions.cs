using CareServices.Activities.Api.Messaging;
using CareServices.Activities.Api.Persistence;
using CareServices.ServiceDefaults.Caching;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Persistence;

namespace CareServices.Activities.Api;

public static class ActivitiesServiceExtensions
{
    public const string ServiceName = "activities";

    public static WebApplicationBuilder AddActivitiesServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ActivitiesDbContext, WebApplicationBuilder>("activitiesdb");
        builder.AddServiceBus<ActivitiesDbContext, WebApplicationBuilder>(ServiceName, bus =>
        {
            bus.AddConsumer<RecipientRegisteredConsumer>(typeof(RecipientRegisteredConsumerDefinition));
            bus.AddConsumer<RecipientUpdatedConsumer>();
        });
        builder.AddServiceRedis();
        return builder;
    }
}
