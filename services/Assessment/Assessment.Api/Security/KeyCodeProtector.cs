using Microsoft.AspNetCore.DataProtection;

namespace CareServices.Assessment.Api.Security;

/// <summary>
/// Encrypts key-box and lock codes at rest with ASP.NET Core Data Protection (AES-256-CBC + HMAC, keys rotated
/// every 90 days). The key ring lives in the service's own database (<c>data_protection_keys</c>) so every replica
/// can read what another wrote; its master keys are encrypted with the certificate of <c>AtRestKeys</c>, which is
/// not in the database, so a dump alone does not reveal codes.
/// </summary>
public sealed class KeyCodeProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("CareServices.Assessment.KeyCode.v1");

    public string Protect(string code) => _protector.Protect(code);

    public string Unprotect(string protectedCode) => _protector.Unprotect(protectedCode);
}
