namespace CareServices.Notifications.Api.Delivery;

/// <summary>The mail relay from <c>ConnectionStrings:smtp</c>: <c>smtp://[user:password@]host:port</c>.</summary>
public sealed record SmtpEndpoint(string Host, int Port, string? Username, string? Password)
{
    public const string ConnectionName = "smtp";

    public static SmtpEndpoint Parse(string connectionString)
    {
        var uri = new Uri(connectionString);
        if (uri.Scheme != "smtp")
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} must be an smtp:// URI.");
        }
        var user = uri.UserInfo.Split(':', 2);
        return new SmtpEndpoint(uri.Host, uri.IsDefaultPort ? 25 : uri.Port,
            user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : null,
            user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null);
    }
}
