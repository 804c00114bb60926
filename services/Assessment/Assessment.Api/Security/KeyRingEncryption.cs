using System.Xml.Linq;
using CareServices.Assessment.Api.Persistence;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareServices.Assessment.Api.Security;

/// <summary>
/// Encrypts, at start, the master keys that an earlier release wrote to the key ring in clear (before the ring was
/// protected with a certificate). The keys are kept, not replaced: every key code protected with them stays readable
/// and nothing has to be re-encrypted. Data Protection already reads clear and encrypted keys alike; this only
/// rewrites a clear <c>masterKey</c> element the way Data Protection writes a new one (an <c>encryptedSecret</c> that
/// names its decryptor). Replicas doing it at the same time write equivalent rows, so no lock is needed.
/// </summary>
public sealed partial class KeyRingEncryption(
    IServiceScopeFactory scopes, IOptions<KeyManagementOptions> options, ILogger<KeyRingEncryption> logger) : IHostedService
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";
    private static readonly XName EncryptedSecret = DataProtection + "encryptedSecret";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var encryptor = options.Value.XmlEncryptor
            ?? throw new InvalidOperationException("The key ring has no key encryptor: ProtectKeysWithCertificate is missing.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        var encrypted = 0;
        foreach (var key in await db.DataProtectionKeys.Where(k => k.Xml != null).ToListAsync(cancellationToken))
        {
            var element = XElement.Parse(key.Xml!);
            if (EncryptInPlace(element, encryptor))
            {
                key.Xml = element.ToString(SaveOptions.DisableFormatting);
                encrypted++;
            }
        }
        if (encrypted > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            LogEncrypted(logger, encrypted);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Replaces every element marked as requiring encryption by its encrypted form; false when there was none.</summary>
    public static bool EncryptInPlace(XElement key, IXmlEncryptor encryptor)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(encryptor);
        var clear = key.DescendantsAndSelf().Where(e => (bool?)e.Attribute(RequiresEncryption) == true).ToList();
        foreach (var element in clear)
        {
            var result = encryptor.Encrypt(new XElement(element));
            element.ReplaceWith(new XElement(EncryptedSecret,
                new XAttribute("decryptorType", result.DecryptorType.AssemblyQualifiedName!),
                result.EncryptedElement));
        }
        return clear.Count > 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Encrypted {Count} data-protection key(s) that were stored in clear")]
    private static partial void LogEncrypted(ILogger logger, int count);
}
