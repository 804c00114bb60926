using System.Security.Cryptography;
using System.Text;
using CareServices.Assessment.Domain.Identity;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.DataProtection;
using Microsoft.AspNetCore.DataProtection;

namespace CareServices.Assessment.Api.Security;

/// <summary>
/// National ids at rest: encrypted with Data Protection (the key ring that also protects key codes, itself encrypted
/// with the key-ring certificate), and hashed with HMAC-SHA256 under a key of its own (<see cref="AtRestKeys"/>) for
/// exact matches. The hash is of the municipality number and the canonical id, so the same person has a different hash
/// in another municipality; without the key, trying every possible id does not find it.
/// </summary>
public sealed class NationalIdProtector(IDataProtectionProvider provider, AtRestKeys keys)
{
    /// <summary>What an earlier release stored for preventive-visit candidates: SHA-256 without a key, so marked.</summary>
    public const string UnkeyedHashPrefix = "sha256:";

    private readonly IDataProtector _protector = provider.CreateProtector("CareServices.Assessment.NationalId.v1");

    public SealedNationalId Seal(string municipalityId, string canonicalId) =>
        new(_protector.Protect(canonicalId), Hash(municipalityId, canonicalId));

    public string Hash(string municipalityId, string canonicalId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.NationalIdHashKey, Encoding.UTF8.GetBytes($"{municipalityId}:{canonicalId}")));

    public string Reveal(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return _protector.Unprotect(recipient.ProtectedNationalId);
    }

    /// <summary>The unkeyed hash an earlier release gave a candidate, to recognise them once and rehash them.</summary>
    public static string UnkeyedHash(string municipalityId, string nationalId) =>
        UnkeyedHashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{municipalityId}:{nationalId}")));
}
