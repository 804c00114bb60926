namespace CareServices.Notifications.Domain.Delivery;

/// <summary>How a message reaches a person. The names are what the API and the database use.</summary>
public enum Channel
{
    Email,
    Sms,
    InApp,
    Letter,
}
