using CareServices.Notifications.Domain.Delivery;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>One person a rule tells, and whether they also get the message as a printed letter.</summary>
public sealed record Audience(Addressee Addressee, bool ByLetter = false);
