using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.ServiceDefaults.Auth;

/// <summary>
/// Validates a bearer token once and then, for a short while, answers the same token string from memory: every request
/// of a session carries the same token, and checking its signature, parsing it and building its identity again each
/// time is most of what authentication costs. Only tokens that passed every check are kept, keyed by the whole token
/// (a changed signature or claim is another key), and never past the token's own expiry or
/// <see cref="JwtSettings.ValidatedTokenCacheSeconds"/>, which bounds how long a key removed from the authority's JWKS
/// still lets its tokens in. Each hit gets its own copy of the identity, so nothing a request adds is seen by another.
/// </summary>
public sealed class CachingTokenHandler(TimeProvider time, TimeSpan lifetime, int capacity) : JsonWebTokenHandler
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(token, out var cached))
        {
            if (cached.ExpiresAt > now)
            {
                return new TokenValidationResult
                {
                    IsValid = true,
                    ClaimsIdentity = cached.Identity.Clone(),
                    SecurityToken = cached.Token,
                    Issuer = cached.Issuer,
                };
            }
            _entries.TryRemove(new KeyValuePair<string, Entry>(token, cached));
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } securityToken)
        {
            Remember(token, result, securityToken, now);
        }
        return result;
    }

    private void Remember(string token, TokenValidationResult result, SecurityToken securityToken, DateTimeOffset now)
    {
        var expiresAt = now + lifetime;
        var validTo = new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc));
        if (validTo < expiresAt)
        {
            expiresAt = validTo;
        }
        if (expiresAt <= now)
        {
            return;
        }
        if (_entries.Count >= capacity)
        {
            Sweep(now);
        }
        _entries[token] = new Entry(result.ClaimsIdentity.Clone(), securityToken, result.Issuer, expiresAt);
    }

    /// <summary>Drops expired entries; when that frees too little (a flood of distinct valid tokens), starts afresh.</summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
    }

    /// <summary>How many validated tokens are held now.</summary>
    public int Count => _entries.Count;

    private sealed record Entry(ClaimsIdentity Identity, SecurityToken Token, string? Issuer, DateTimeOffset ExpiresAt);
}
