namespace CareServices.ServiceDefaults.Auth;

/// <summary>What the authority's token endpoint answered: a token, or its OAuth error and description.</summary>
public sealed record AuthorityTokenResult(string? AccessToken, DateTimeOffset ExpiresAt, string? Error, string? ErrorDescription)
{
    public bool Succeeded => AccessToken is not null;
}
