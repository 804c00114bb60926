namespace CareServices.Identity.Api.Clients;

/// <summary>A confidential client: its secret, the roles its service tokens carry, and whether it may ask for development tokens.</summary>
public sealed class ClientRegistration
{
    public string Secret { get; set; } = "";

    public string[] Roles { get; set; } = [];

    /// <summary>May use the development grant (only honoured while the provider runs in Development).</summary>
    public bool DevelopmentTokens { get; set; }
}
