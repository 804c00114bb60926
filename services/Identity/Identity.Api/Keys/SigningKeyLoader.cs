using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.Identity.Api.Keys;

/// <summary>The RSA key tokens are signed with, from a mounted secret (file) or its PEM text.</summary>
public static class SigningKeyLoader
{
    /// <summary>The configured key, or null when none is configured (Development then signs with a key made at start).</summary>
    public static RsaSecurityKey? Load(IdentitySettings settings)
    {
        var pem = !string.IsNullOrWhiteSpace(settings.SigningKeyFile) ? File.ReadAllText(settings.SigningKeyFile)
            : !string.IsNullOrWhiteSpace(settings.SigningKeyPem) ? settings.SigningKeyPem
            : null;
        if (pem is null)
        {
            return null;
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        if (rsa.KeySize < 2048)
        {
            throw new InvalidOperationException($"{IdentitySettings.SectionName}:SigningKey must be an RSA key of at least 2048 bits.");
        }
        // The key id is the key's thumbprint, so a rotated key gets a new id and validators fetch the JWKS again.
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
