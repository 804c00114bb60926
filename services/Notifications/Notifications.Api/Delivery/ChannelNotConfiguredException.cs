using CareServices.Notifications.Domain.Delivery;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>A notification chose a channel this deployment has no connection for (no SMTP relay or SMS provider configured).</summary>
public sealed class ChannelNotConfiguredException(Channel channel) : Exception($"No {channel.Name()} channel is configured.");
