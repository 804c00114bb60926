using System.Security.Cryptography.X509Certificates;
using CareServices.Assessment.Api;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Assessment.Tests.Support;

/// <summary>
/// Assessment's key ring as another process reads it from the database alone: with the key-ring certificate (a new
/// replica) or without it (someone holding only a dump). It writes a key only when <c>createKeys</c> says so: without
/// a certificate that is what a release before the ring's encryption did, in clear.
/// </summary>
public sealed class StoredKeyRing : IDisposable
{
    private readonly ServiceProvider _services;

    public StoredKeyRing(string connectionString, X509Certificate2? certificate, bool createKeys = false)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<AssessmentDbContext>(options => options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(AssessmentServiceExtensions.DataProtectionApplicationName)
            .PersistKeysToDbContext<AssessmentDbContext>();
        if (!createKeys)
        {
            dataProtection.DisableAutomaticKeyGeneration();
        }
        if (certificate is not null)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }
        _services = services.BuildServiceProvider();
        KeyCodes = new KeyCodeProtector(_services.GetRequiredService<IDataProtectionProvider>());
    }

    public KeyCodeProtector KeyCodes { get; }

    public IDataProtectionProvider Provider => _services.GetRequiredService<IDataProtectionProvider>();

    public void Dispose() => _services.Dispose();
}
