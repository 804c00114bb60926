using CareServices.Scheduling.Api.Api;
using CareServices.Scheduling.Api.Api.Kpis;
using CareServices.Scheduling.Api.Api.Plans;
using CareServices.Scheduling.Api.Execution;
using CareServices.Scheduling.Api.ContactPersons;
using CareServices.Scheduling.Api.Demand;
using CareServices.Scheduling.Api.KeyCodes;
using CareServices.Scheduling.Api.Messaging;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Api.Routing;
using CareServices.Scheduling.Api.WorkLists;
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
            bus.AddConsumer<RecipientUpdatedV2Consumer>();
            bus.AddConsumer<DecisionGrantedConsumer>();
            bus.AddConsumer<DecisionChangedConsumer>();
            bus.AddConsumer<DecisionTerminatedConsumer>();
        });
        builder.AddServiceRedis();
        builder.Services.AddStackExchangeRedisCache(options =>
        {
            options.Configuration = builder.Configuration.GetConnectionString(RedisExtensions.ConnectionName);
            options.InstanceName = "scheduling:";
        });
        builder.Services.AddHybridCache();

        builder.Services.AddSchedulingPolicies();
        builder.Services.Configure<DemandOptions>(builder.Configuration.GetSection(DemandOptions.SectionName));
        builder.Services.Configure<PlanningOptions>(builder.Configuration.GetSection(PlanningOptions.SectionName));
        builder.Services.Configure<ContactPersonOptions>(builder.Configuration.GetSection(ContactPersonOptions.SectionName));
        builder.Services.AddSingleton<SchedulingClock>();
        builder.Services.AddTravelTimes(builder.Configuration);
        builder.Services.AddScoped<VisitDemandWriter>();
        builder.Services.AddScoped<PlanningProblemBuilder>();
        builder.Services.AddScoped<PlanPublisher>();
        builder.Services.AddScoped<MoveValidator>();
        builder.Services.AddSingleton<WorkListCache>();
        builder.Services.AddKeyCodes(builder.Configuration);
        builder.Services.AddScoped<KeyCodeAccess>();
        builder.Services.AddSingleton<PlanningQueue>();
        builder.Services.AddHostedService<PlanningWorker>();
        builder.Services.AddScoped<KpiQuery>();
        builder.Services.AddSingleton<MissedVisitJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MissedVisitJob>());
        builder.Services.AddSingleton<ContactTakeoverJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ContactTakeoverJob>());
        return builder;
    }
}
