using CareServices.Assessment.Api.Api.Legal;
using CareServices.Assessment.Api.Messaging;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.ServiceDefaults.Caching;
using CareServices.ServiceDefaults.DataProtection;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace CareServices.Assessment.Api;

public static class AssessmentServiceExtensions
{
    public const string ServiceName = "assessment";

    /// <summary>Isolates this service's protected payloads from any other application sharing a key ring.</summary>
    public const string DataProtectionApplicationName = "careservices-assessment";

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

        // The key ring lives in the database so every replica shares it, encrypted with a certificate that does not.
        var keys = AtRestKeys.Load(builder.Configuration);
        builder.Services.AddSingleton(keys);
        builder.Services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<AssessmentDbContext>()
            .ProtectKeysWithCertificate(keys.KeyRingCertificate);
        builder.Services.AddHostedService<KeyRingEncryption>();
        builder.Services.AddHostedService<NationalIdSealing>();
        builder.Services.AddSingleton<KeyCodeProtector>();
        builder.Services.AddSingleton<NationalIdProtector>();
        builder.Services.AddAssessmentPolicies();
        builder.Services.AddSingleton<LegalBases>();
        builder.Services.AddSingleton<DecisionExpiryJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DecisionExpiryJob>());
        return builder;
    }
}
