namespace CareServices.Notifications.Api.Delivery;

/// <summary>An SMS gateway. Municipalities buy SMS from different providers, so each one is an implementation of this.</summary>
public interface ISmsProvider
{
    /// <summary>Hands the text to the provider; <paramref name="reference"/> comes back in its delivery reports.</summary>
    Task SendAsync(string to, string text, string reference, CancellationToken cancellationToken);
}
