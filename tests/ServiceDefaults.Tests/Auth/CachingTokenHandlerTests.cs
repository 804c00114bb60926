using System.Security.Claims;
using System.Security.Cryptography;
using CareServices.ServiceDefaults.Auth;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.ServiceDefaults.Tests.Auth;

/// <summary>
/// Each test validates a token once with the right key and then asks again with parameters that would refuse it
/// (another key): a valid answer can then only come from memory, an invalid one only from a full check.
/// </summary>
public sealed class CachingTokenHandlerTests
{
    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "right" };
    private static readonly RsaSecurityKey OtherKey = new(RSA.Create(2048)) { KeyId = "right" };

    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_validated_token_is_answered_from_memory_within_the_lifetime()
    {
        var handler = Handler(lifetimeSeconds: 60);
        var token = Token(expiresIn: TimeSpan.FromHours(1));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(Key))).IsValid);

        time.Advance(TimeSpan.FromSeconds(59));
        var again = await handler.ValidateTokenAsync(token, Parameters(OtherKey));

        Assert.True(again.IsValid);
        Assert.Equal("1848", again.ClaimsIdentity.FindFirst(ClaimNames.Municipality)?.Value);
        Assert.Equal("CaseWorker", again.ClaimsIdentity.FindFirst(ClaimNames.Role)?.Value);
    }

    [Fact]
    public async Task After_the_lifetime_the_token_is_checked_again()
    {
        var handler = Handler(lifetimeSeconds: 60);
        var token = Token(expiresIn: TimeSpan.FromHours(1));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(Key))).IsValid);

        time.Advance(TimeSpan.FromSeconds(61));

        Assert.False((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
    }

    [Fact]
    public async Task A_token_is_never_answered_from_memory_past_its_own_expiry()
    {
        var handler = Handler(lifetimeSeconds: 600);
        var token = Token(expiresIn: TimeSpan.FromSeconds(30));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(Key))).IsValid);

        time.Advance(TimeSpan.FromSeconds(31));

        Assert.False((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
    }

    [Fact]
    public async Task A_refused_token_is_not_remembered()
    {
        var handler = Handler(lifetimeSeconds: 60);
        var token = Token(expiresIn: TimeSpan.FromHours(1));

        Assert.False((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task A_token_with_another_signature_is_another_entry_and_is_checked()
    {
        var handler = Handler(lifetimeSeconds: 60);
        var token = Token(expiresIn: TimeSpan.FromHours(1));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(Key))).IsValid);
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(new byte[256])}";

        Assert.False((await handler.ValidateTokenAsync(forged, Parameters(Key))).IsValid);
    }

    [Fact]
    public async Task Each_answer_has_its_own_identity_so_what_one_request_adds_another_does_not_see()
    {
        var handler = Handler(lifetimeSeconds: 60);
        var token = Token(expiresIn: TimeSpan.FromHours(1));
        await handler.ValidateTokenAsync(token, Parameters(Key));

        var first = await handler.ValidateTokenAsync(token, Parameters(Key));
        first.ClaimsIdentity.AddClaim(new Claim(ClaimNames.Role, "Admin"));
        var second = await handler.ValidateTokenAsync(token, Parameters(Key));

        Assert.DoesNotContain(second.ClaimsIdentity.FindAll(ClaimNames.Role), claim => claim.Value == "Admin");
    }

    [Fact]
    public async Task The_number_of_remembered_tokens_stays_within_the_capacity()
    {
        var handler = Handler(lifetimeSeconds: 60, capacity: 5);

        for (var i = 0; i < 12; i++)
        {
            Assert.True((await handler.ValidateTokenAsync(Token(TimeSpan.FromHours(1), subject: $"user-{i}"), Parameters(Key))).IsValid);
        }

        Assert.InRange(handler.Count, 1, 5);
    }

    private CachingTokenHandler Handler(int lifetimeSeconds, int capacity = 100) =>
        new(time, TimeSpan.FromSeconds(lifetimeSeconds), capacity) { MapInboundClaims = false };

    private static TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = "test-issuer",
        ValidAudience = "careservices",
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RoleClaimType = ClaimNames.Role,
    };

    private static string Token(TimeSpan expiresIn, string subject = "case-worker")
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "test-issuer",
            Audience = "careservices",
            IssuedAt = now,
            NotBefore = now,
            Expires = now + expiresIn,
            Subject = new ClaimsIdentity(
            [
                new Claim(ClaimNames.Subject, subject),
                new Claim(ClaimNames.Role, "CaseWorker"),
                new Claim(ClaimNames.Municipality, "1848"),
            ]),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
    }
}
