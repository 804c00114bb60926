using Microsoft.IdentityModel.Tokens;

namespace CareServices.ServiceDefaults.Auth;

public static class SigningKeys
{
    /// <summary>
    /// A symmetric key from its base64 text. No key configured is a deployment error, so it fails at start
    /// rather than accepting tokens signed with a guessable default.
    /// </summary>
    public static SymmetricSecurityKey FromBase64(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new InvalidOperationException(
                $"Set {JwtSettings.SectionName}:SigningKey (base64, at least 256 bits) or {JwtSettings.SectionName}:Authority.");
        }
        var bytes = Convert.FromBase64String(base64);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException($"{JwtSettings.SectionName}:SigningKey must be at least 256 bits.");
        }
        return new SymmetricSecurityKey(bytes);
    }
}
