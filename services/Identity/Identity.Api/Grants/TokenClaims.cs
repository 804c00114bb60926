using System.Security.Claims;
using CareServices.Identity.Api.Clients;
using CareServices.ServiceDefaults.Auth;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CareServices.Identity.Api.Grants;

/// <summary>The claims of each kind of access token, named as the services read them (<see cref="ClaimNames"/>).</summary>
public static class TokenClaims
{
    public static ClaimsPrincipal ForClient(string clientId, ClientRegistration client, string audience)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId).SetClaim(ClaimNames.ClientId, clientId);
        identity.SetClaims(Claims.Role, [.. client.Roles]);
        return Principal(identity, audience);
    }

    public static ClaimsPrincipal ForUser(string userName, DemoUser user, string audience)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, string.IsNullOrWhiteSpace(user.Subject) ? userName : user.Subject)
            .SetClaim(Claims.Name, user.Name.Length > 0 ? user.Name : userName)
            .SetClaim(Claims.Role, user.Role)
            .SetClaim(ClaimNames.Municipality, user.Municipality)
            .SetClaim(ClaimNames.StaffId, user.StaffId?.ToString())
            .SetClaim(ClaimNames.RecipientId, user.RecipientId?.ToString());
        return Principal(identity, audience);
    }

    public static ClaimsPrincipal ForDevelopment(
        string role, string municipality, string? subject, string? recipientId, string? staffId, string audience)
    {
        var name = string.IsNullOrWhiteSpace(subject) ? $"dev-{role.ToLowerInvariant()}" : subject;
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, name)
            .SetClaim(Claims.Name, name)
            .SetClaim(Claims.Role, role)
            .SetClaim(ClaimNames.Municipality, municipality)
            .SetClaim(ClaimNames.RecipientId, recipientId)
            .SetClaim(ClaimNames.StaffId, staffId);
        return Principal(identity, audience);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(authenticationType: "careservices-identity", nameType: Claims.Name, roleType: Claims.Role);

    private static ClaimsPrincipal Principal(ClaimsIdentity identity, string audience)
    {
        // Every claim goes into the access token: the services read them there (there are no identity tokens).
        identity.SetDestinations(static _ => [Destinations.AccessToken]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetResources(audience);
        return principal;
    }
}
