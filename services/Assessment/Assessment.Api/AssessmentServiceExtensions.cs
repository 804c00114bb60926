using CareServices.Assessment.Api.Persistence;
using CareServices.ServiceDefaults.Caching;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Persistence;

namespace CareServices.Assessment.Api;

public static class AssessmentServiceExtensions
{
    public const string ServiceName = "assessment";

    public static WebApplicationBuilder AddAssessmentServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AssessmentDbContext, WebApplicationBuilder>("assessmentdb");
        builder.AddServiceBus<AssessmentDbContext, WebApplicationBuilder>(ServiceName);
        builder.AddServiceRedis();
        return builder;
    }
}
