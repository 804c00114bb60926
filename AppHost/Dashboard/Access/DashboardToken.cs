using System.Security.Cryptography;
using System.Text;

namespace CareServices.AppHost.Dashboard.Access;

/// <summary>The login token the AppHost prints at start: random per run, compared in constant time.</summary>
public sealed class DashboardToken(string value)
{
    public string Value { get; } = value;

    public static DashboardToken NewRandom() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    public bool Matches(string? candidate) =>
        candidate is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate.Trim()), Encoding.UTF8.GetBytes(Value));
}
