namespace CareServices.Assessment.Domain.Identity;

/// <summary>
/// A national id as it is stored: <see cref="Protected"/> is ciphertext only the service's key ring opens, and
/// <see cref="Hash"/> a keyed hash (HMAC-SHA256 of municipality and id) that finds the same person again (duplicate
/// checks, lookups) without decrypting anything. The key of neither is in the database.
/// </summary>
public sealed record SealedNationalId(string Protected, string Hash);
