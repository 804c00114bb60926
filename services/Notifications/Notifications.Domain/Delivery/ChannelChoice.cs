using CareServices.Notifications.Domain.Preferences;

namespace CareServices.Notifications.Domain.Delivery;

/// <summary>Picks the channel a message goes by: the person's first preferred channel that reaches them.</summary>
public static class ChannelChoice
{
    /// <summary>Without a preference: e-mail, then SMS, then the in-app feed.</summary>
    public static IReadOnlyList<Channel> DefaultOrder { get; } = [Channel.Email, Channel.Sms, Channel.InApp];

    public static Channel? Pick(Addressee addressee, Preference? preference)
    {
        var order = preference is { Channels.Count: > 0 } ? preference.Channels : DefaultOrder;
        foreach (var channel in order)
        {
            if (channel != Channel.Letter && addressee.CanUse(channel))
            {
                return channel;
            }
        }
        return null;
    }
}
