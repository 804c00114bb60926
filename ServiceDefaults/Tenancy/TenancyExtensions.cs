using Microsoft.Extensions.DependencyInjection;

namespace CareServices.ServiceDefaults.Tenancy;

public static class TenancyExtensions
{
    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<TenantAccessor>();
        return services;
    }
}
