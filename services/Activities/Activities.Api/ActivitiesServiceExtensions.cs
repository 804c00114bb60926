using CareServices.Activities.Api.Api.Calendar;
using CareServices.Activities.Api.Api.Interests;
using CareServices.Activities.Api.Api.Matching;
using CareServices.Activities.Api.Api.SignUps;
using CareServices.Activities.Api.Messaging;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Api.Security;
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
            bus.AddConsumer<RecipientUpdatedV2Consumer>();
            bus.AddConsumer<VisitScheduledConsumer>();
            bus.AddConsumer<VisitRescheduledConsumer>();
            bus.AddConsumer<VisitCancelledConsumer>();
            bus.AddConsumer<ContactPersonAssignedConsumer>();
        });
        builder.AddServiceRedis();
        builder.Services.AddActivitiesPolicies();
        builder.Services.AddSingleton<MunicipalityTime>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<OccurrenceCache>();
        builder.Services.AddSingleton<MatchingCatalogue>();
        builder.Services.AddSingleton<OccurrenceWarmer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OccurrenceWarmer>());
        builder.Services.AddScoped<MonthlyCalendar>();
        builder.Services.AddScoped<CalendarFeed>();
        builder.Services.AddScoped<SignUpDesk>();
        builder.Services.AddScoped<TransportDispatcher>();
        builder.Services.AddScoped<DueList>();
        builder.Services.AddScoped<InterestStatistics>();
        builder.Services.AddScoped<ChecklistDueScan>();
        builder.Services.AddHostedService<ChecklistDueJob>();
        builder.Services.AddScoped<RecipientMatching>();
        builder.Services.AddScoped<LonelinessWatchList>();
        return builder;
    }
}
