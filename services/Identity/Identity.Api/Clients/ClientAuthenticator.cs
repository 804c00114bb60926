using System.Security.Cryptography;
using System.Text;

namespace CareServices.Identity.Api.Clients;

/// <summary>Checks a client's id and secret against the registrations, in time that does not depend on where they differ.</summary>
public sealed class ClientAuthenticator(IdentitySettings settings, DemoUserDirectory demoUsers)
{
    public ClientRegistration? Authenticate(string? clientId, string? secret)
    {
        if (clientId is null || secret is null || !settings.Clients.TryGetValue(clientId, out var client) || client.Secret.Length == 0)
        {
            return null;
        }
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(client.Secret));
        return CryptographicOperations.FixedTimeEquals(given, expected) ? client : null;
    }

    /// <summary>A demo user whose password matches, or null.</summary>
    public DemoUser? SignIn(string? userName, string? password)
    {
        if (userName is null || password is null || settings.DemoPassword is not { Length: > 0 } demoPassword
            || demoUsers.Find(userName) is not { } user)
        {
            return null;
        }
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(password));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(demoPassword));
        return CryptographicOperations.FixedTimeEquals(given, expected) ? user : null;
    }
}
