using CareServices.ServiceDefaults.Auth;
using Microsoft.AspNetCore.SignalR;

namespace CareServices.Notifications.Api.Feed;

/// <summary>Which person a hub connection belongs to: the same id <see cref="CallerPerson"/> gives the feed endpoints.</summary>
public sealed class PersonIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => CallerPerson.IdOf(connection.User)?.ToString();
}
