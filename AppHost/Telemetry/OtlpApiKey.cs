using System.Security.Cryptography;
using System.Text;

namespace CareServices.AppHost.Telemetry;

/// <summary>
/// The key every exporter must send as <c>x-otlp-api-key</c> (given to projects through
/// <c>OTEL_EXPORTER_OTLP_HEADERS</c>), so nothing else on the machine can write into the dashboard.
/// </summary>
public sealed class OtlpApiKey(string value)
{
    public const string HeaderName = "x-otlp-api-key";

    public string Value { get; } = value;

    public static OtlpApiKey NewRandom() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(Value));
}
