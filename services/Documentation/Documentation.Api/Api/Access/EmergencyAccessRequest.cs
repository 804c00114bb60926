namespace CareServices.Documentation.Api.Api.Access;

/// <summary>Why a staff member without a care relation needs the record now.</summary>
public sealed record EmergencyAccessRequest(string? Reason);
