namespace CareServices.Notifications.Domain.Delivery;

/// <summary>Someone a rule tells: their id, how they can be reached, and the language they read.</summary>
public sealed record Addressee(Guid PersonId, string Name, string Language, string? Email, string? Phone, bool ReadsFeed)
{
    /// <summary>Whether <paramref name="channel"/> can reach this person at all.</summary>
    public bool CanUse(Channel channel) => channel switch
    {
        Channel.Email => !string.IsNullOrWhiteSpace(Email),
        Channel.Sms => !string.IsNullOrWhiteSpace(Phone),
        Channel.InApp => ReadsFeed,
        Channel.Letter => true,
        _ => false,
    };

    public string? AddressFor(Channel channel) => channel switch
    {
        Channel.Email => Email,
        Channel.Sms => Phone,
        _ => null,
    };
}
