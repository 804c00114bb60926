namespace CareServices.ServiceDefaults.Auth;

/// <summary>Grant types of the CareServices identity provider beyond the standard ones.</summary>
public static class GrantTypes
{
    /// <summary>Development only: a token for a named role and municipality (the gateway's <c>POST /dev/token</c>).</summary>
    public const string Development = "urn:careservices:grant-type:development";
}
