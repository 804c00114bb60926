namespace CareServices.Documentation.Domain.Access;

/// <summary>
/// "Break the glass": a staff member without a care relation reads a record in an emergency, with a written
/// reason, for at most <see cref="Duration"/>. Every use stays flagged until a UnitLeader has reviewed it.
/// </summary>
public sealed class EmergencyAccess
{
    public static readonly TimeSpan Duration = TimeSpan.FromHours(4);

    public const int ReasonMaxLength = 2000;

    private EmergencyAccess()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public Guid StaffId { get; private set; }
    public string StaffName { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateTimeOffset GrantedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public string? ReviewNote { get; private set; }

    public static EmergencyAccess Grant(string municipalityId, Guid recipientId, Guid staffId, string staffName, string role, string reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        StaffId = staffId,
        StaffName = staffName,
        Role = role,
        Reason = reason,
        GrantedAt = now,
        ExpiresAt = now + Duration,
    };

    public bool IsActiveAt(DateTimeOffset now) => now >= GrantedAt && now < ExpiresAt;

    public bool IsReviewed => ReviewedAt is not null;

    /// <summary>Marks the use as reviewed; returns false when it already was (a review is recorded once).</summary>
    public bool Review(Guid reviewerStaffId, string? note, DateTimeOffset now)
    {
        if (IsReviewed)
        {
            return false;
        }
        ReviewedAt = now;
        ReviewedBy = reviewerStaffId;
        ReviewNote = note;
        return true;
    }
}
