using CareServices.Documentation.Domain.Access;

namespace CareServices.Documentation.Api.Api.Access;

public sealed record EmergencyAccessResponse(
    Guid Id, Guid RecipientId, Guid StaffId, string StaffName, string Role, string Reason, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt,
    bool Reviewed, DateTimeOffset? ReviewedAt, Guid? ReviewedBy, string? ReviewNote)
{
    public static EmergencyAccessResponse From(EmergencyAccess e) => new(
        e.Id, e.RecipientId, e.StaffId, e.StaffName, e.Role, e.Reason, e.GrantedAt, e.ExpiresAt, e.IsReviewed, e.ReviewedAt, e.ReviewedBy, e.ReviewNote);
}
