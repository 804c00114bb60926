namespace CareServices.Scheduling.Api.KeyCodes;

public static class KeyCodeExtensions
{
    /// <summary>Assessment at <c>Scheduling:KeyCodes:AssessmentUrl</c>, by default <c>http://assessment</c> (service discovery).</summary>
    public static IServiceCollection AddKeyCodes(this IServiceCollection services, IConfiguration configuration)
    {
        var url = configuration[AssessmentKeyCodes.AssessmentUrlSetting] is { Length: > 0 } configured ? configured : "http://assessment";
        services.AddHttpClient<AssessmentKeyCodes>(http => http.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/"));
        return services;
    }
}
