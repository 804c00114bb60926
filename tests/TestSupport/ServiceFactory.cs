using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareServices.TestSupport;

/// <summary>
/// Hosts a service in-process with the same configuration keys the AppHost writes (connection strings, JWT
/// settings, at-rest keys), pointed at the real servers.
/// </summary>
public sealed class ServiceFactory<TProgram>(IReadOnlyDictionary<string, string> settings, string environment = "Testing")
    : WebApplicationFactory<TProgram> where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in TestTokens.Settings.Concat(TestKeys.Settings).Concat(settings))
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateClient(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }
}
