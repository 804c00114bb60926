namespace CareServices.Notifications.Api.Api;

/// <summary>How a staff member is reached: e-mail, phone, language, roles (token role names) and zone.</summary>
public sealed record StaffContactRequest(string? Name, string? Email, string? Phone, string? Language, IReadOnlyList<string>? Roles, string? Zone);
