using CareServices.Identity.Api.Clients;

namespace CareServices.Identity.Api;

/// <summary>Configuration section <c>Identity</c>: issuer, signing key, token lifetime, clients and demo users.</summary>
public sealed class IdentitySettings
{
    public const string SectionName = "Identity";

    /// <summary>The issuer named in tokens and discovery; empty means the address the provider is reached at.</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience every access token names: the CareServices APIs.</summary>
    public string Audience { get; set; } = "careservices";

    /// <summary>Path of the RSA private key (PEM) tokens are signed with: in a cluster, a file of a mounted secret.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>The same key as PEM text, for hosts that hand secrets over as environment variables.</summary>
    public string? SigningKeyPem { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Confidential clients by client id (services calling services, the gateway's development shortcut).</summary>
    public Dictionary<string, ClientRegistration> Clients { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Demo users by user name (local runs only): they sign in with <see cref="DemoPassword"/>.</summary>
    public Dictionary<string, DemoUser> DemoUsers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A JSON file of more demo users (an object of user names, each with the fields of <see cref="DemoUser"/>), read
    /// at start and again whenever it changes: the seed writes it once it knows the staff and recipient ids it made.
    /// </summary>
    public string? DemoUsersFile { get; set; }

    /// <summary>The one password of every demo user; without it no demo user can sign in.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>A file holding <see cref="DemoPassword"/> (a local run's, made once per installation), read at start.</summary>
    public string? DemoPasswordFile { get; set; }
}
