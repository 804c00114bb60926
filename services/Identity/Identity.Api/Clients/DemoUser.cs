namespace CareServices.Identity.Api.Clients;

/// <summary>A demo person of the seed with the claims the services read.</summary>
public sealed class DemoUser
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string Municipality { get; set; } = "";
    public Guid? StaffId { get; set; }
    public Guid? RecipientId { get; set; }

    /// <summary>The token's <c>sub</c> when it is not the user name: a relative's resource-person id, as Notifications addresses relatives.</summary>
    public string? Subject { get; set; }
}
