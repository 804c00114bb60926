using CareServices.Documentation.Api.Access;
using CareServices.Documentation.Api.Messaging;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Caching;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Persistence;

namespace CareServices.Documentation.Api;

public static class DocumentationServiceExtensions
{
    public const string ServiceName = "documentation";

    public static WebApplicationBuilder AddDocumentationServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DocumentationDbContext, WebApplicationBuilder>("documentationdb");
        builder.AddServiceBus<DocumentationDbContext, WebApplicationBuilder>(ServiceName, bus =>
        {
            bus.AddConsumer<RecipientRegisteredConsumer>(typeof(RecipientRegisteredConsumerDefinition));
            bus.AddConsumer<RecipientUpdatedConsumer>();
            bus.AddConsumer<RecipientUpdatedV2Consumer>();
            bus.AddConsumer<StaffRegisteredConsumer>();
            bus.AddConsumer<StaffUpdatedConsumer>();
            bus.AddConsumer<ContactPersonAssignedConsumer>();
            bus.AddConsumer<CaseWorkerAssignedConsumer>();
            bus.AddConsumer<VisitScheduledConsumer>();
            bus.AddConsumer<VisitRescheduledConsumer>();
            bus.AddConsumer<VisitCancelledConsumer>();
            bus.AddConsumer<VisitMissedConsumer>();
            bus.AddConsumer<DecisionGrantedConsumer>();
            bus.AddConsumer<DecisionChangedConsumer>();
            bus.AddConsumer<DecisionTerminatedConsumer>();
        });
        builder.AddServiceRedis();
        builder.Services.AddScoped<RecordGate>();
        return builder;
    }
}
