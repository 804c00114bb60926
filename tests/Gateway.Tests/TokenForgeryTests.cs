using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.Gateway.Tests;

/// <summary>
/// The gateway and every service validate tokens with the same defaults (discovery keys, issuer, audience, lifetime,
/// pinned algorithms): a token that fails any of them is 401 before any service is asked.
/// </summary>
public sealed class TokenForgeryTests : IAsyncLifetime
{
    private const string Route = "/api/assessment/recipients/00000000-0000-0000-0000-000000000001";

    private readonly ServiceFactory<Program> gateway = new(
        new Dictionary<string, string>
        {
            // Nothing listens here: a request that passes authentication ends as 502.
            ["services:assessment:http:0"] = "http://127.0.0.1:9",
        },
        "Production");

    private static Claim[] CaseWorker =>
    [
        new(ClaimNames.Subject, "forger"), new(ClaimNames.Role, Roles.CaseWorker), new(ClaimNames.Municipality, "1848"),
    ];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => gateway.DisposeAsync().AsTask();

    [Fact]
    public async Task A_token_from_the_authority_passes()
    {
        var response = await gateway.CreateClient(TestTokens.Sign(TestTokens.Descriptor(CaseWorker))).GetAsync(Route);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_under_the_authoritys_key_id_is_401()
    {
        var descriptor = TestTokens.Descriptor(CaseWorker);
        descriptor.SigningCredentials = new SigningCredentials(
            new RsaSecurityKey(RSA.Create(2048)) { KeyId = TestAuthority.KeyId }, SecurityAlgorithms.RsaSha256);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusFor(TestTokens.Sign(descriptor)));
    }

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_401()
    {
        var valid = TestTokens.Sign(TestTokens.Descriptor(CaseWorker)).Split('.');
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusFor($"{header}.{valid[1]}."));
    }

    [Fact]
    public async Task A_token_signed_HS256_with_the_authoritys_public_key_is_401()
    {
        // Algorithm confusion: whoever reads the JWKS holds the public key; a verifier that let the token pick
        // HMAC would accept this.
        var publicKey = TestAuthority.SigningKey.Rsa.ExportSubjectPublicKeyInfo();
        var descriptor = TestTokens.Descriptor(CaseWorker);
        descriptor.SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(publicKey) { KeyId = TestAuthority.KeyId }, SecurityAlgorithms.HmacSha256);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusFor(TestTokens.Sign(descriptor)));
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var descriptor = TestTokens.Descriptor(CaseWorker);
        descriptor.IssuedAt = DateTime.UtcNow.AddHours(-2);
        descriptor.NotBefore = DateTime.UtcNow.AddHours(-2);
        descriptor.Expires = DateTime.UtcNow.AddMinutes(-5);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusFor(TestTokens.Sign(descriptor)));
    }

    [Fact]
    public async Task A_token_for_another_audience_is_401()
    {
        var descriptor = TestTokens.Descriptor(CaseWorker);
        descriptor.Audience = "another-api";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusFor(TestTokens.Sign(descriptor)));
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_401()
    {
        var descriptor = TestTokens.Descriptor(CaseWorker);
        descriptor.Issuer = "https://attacker.example";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusFor(TestTokens.Sign(descriptor)));
    }

    [Fact]
    public async Task A_token_without_an_expiry_is_401()
    {
        var descriptor = TestTokens.Descriptor(CaseWorker);
        descriptor.Expires = null;
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        descriptor.IssuedAt = null;
        descriptor.NotBefore = null;

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusFor(handler.CreateToken(descriptor)));
    }

    private async Task<HttpStatusCode> StatusFor(string token) => (await gateway.CreateClient(token).GetAsync(Route)).StatusCode;
}
