namespace CareServices.Notifications.Domain.Delivery;

/// <summary>The wire names of <see cref="Channel"/> (<c>email</c>, <c>sms</c>, <c>inapp</c>, <c>letter</c>).</summary>
public static class Channels
{
    private static readonly Dictionary<string, Channel> ByName = new(StringComparer.Ordinal)
    {
        ["email"] = Channel.Email,
        ["sms"] = Channel.Sms,
        ["inapp"] = Channel.InApp,
        ["letter"] = Channel.Letter,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string name, out Channel channel) => ByName.TryGetValue(name, out channel);

    public static string Name(this Channel channel) => ByName.First(pair => pair.Value == channel).Key;
}
