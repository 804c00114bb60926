using CareServices.Assessment.Api.Api.Legal;
using CareServices.Assessment.Api.Messaging;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.ServiceDefaults.Caching;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace CareServices.Assessment.Api;

public static class AssessmentServiceExtensions
{
    public const string ServiceName = "assessment";

    public static WebApplicationBuilder AddAssessmentServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AssessmentDbContext, WebApplicationBuilder>("assessmentdb");
        builder.AddServiceBus<AssessmentDbContext, WebApplicationBuilder>(ServiceName, bus =>
        {
            bus.AddConsumer<VisitScheduledConsumer>(typeof(VisitScheduledConsumerDefinition));
            bus.AddConsumer<VisitCancelledConsumer>(typeof(VisitCancelledConsumerDefinition));
            bus.AddConsumer<VisitDocumentedConsumer>(typeof(VisitDocumentedConsumerDefinition));
            bus.AddConsumer<ContactPersonAssignedConsumer>(typeof(ContactPersonAssignedConsumerDefinition));
        });
        builder.AddServiceRedis();

        builder.Services.AddDataProtection()
            .SetApplicationName("careservices-assessment")
            .PersistKeysToDbContext<AssessmentDbContext>();
        builder.Services.AddSingleton<KeyCodeProtector>();
        builder.Services.AddAssessmentPolicies();
        builder.Services.AddSingleton<LegalBases>();
        builder.Services.AddSingleton<DecisionExpiryJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DecisionExpiryJob>());
        return builder;
    }
}
