using CareServices.Scheduling.Api.Messaging;
using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Caching;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Persistence;

namespace CareServices.Scheduling.Api;

public static class SchedulingServiceExtensions
{
    public const string ServiceName = "scheduling";

    public static WebApplicationBuilder AddSchedulingServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SchedulingDbContext, WebApplicationBuilder>("schedulingdb");
        builder.AddServiceBus<SchedulingDbContext, WebApplicationBuilder>(ServiceName, bus =>
        {
            bus.AddConsumer<RecipientRegisteredConsumer>(typeof(RecipientRegisteredConsumerDefinition));
            bus.AddConsumer<RecipientUpdatedConsumer>();
        });
        builder.AddServiceRedis();
        return builder;
    }
}
