using System.Data.Common;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>The SMS provider from <c>ConnectionStrings:sms</c>: <c>Endpoint=https://…;Key=…</c>.</summary>
public sealed record SmsEndpoint(Uri Endpoint, string Key)
{
    public const string ConnectionName = "sms";

    public static SmsEndpoint Parse(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return new SmsEndpoint(
            new Uri(parts.TryGetValue("Endpoint", out var endpoint) ? (string)endpoint : throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} needs Endpoint=.")),
            parts.TryGetValue("Key", out var key) ? (string)key : "");
    }
}
