namespace CareServices.Identity.Tests;

/// <summary>The same provider outside Development.</summary>
public sealed class ProductionProviderTests
{
    [Fact]
    public async Task Outside_Development_the_provider_issues_no_development_tokens()
    {
        await using var provider = IdentityProvider.InProduction();

        var answer = await provider.TokenAsync(
            ("grant_type", ServiceDefaults.Auth.GrantTypes.Development), ("client_id", "gateway"), ("client_secret", IdentityProvider.GatewaySecret),
            ("role", "Admin"), ("municipality", "0301"));

        Assert.Null(answer.AccessToken);
        Assert.Equal("unauthorized_client", answer.Error);
    }
}
