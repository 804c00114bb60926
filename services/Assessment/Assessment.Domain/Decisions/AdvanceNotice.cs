namespace CareServices.Assessment.Domain.Decisions;

/// <summary>
/// Advance notice (forhåndsvarsel, kommunicering, partshøring) before a granted decision is reduced or ended: the
/// recipient may comment until <see cref="CommentsDeadline"/>, and the change may not take effect before it. When
/// notice is not needed (the recipient died, moved, asked for it), the case worker records why instead: a
/// waived notice, with <see cref="WaivedReason"/> and no deadline.
/// </summary>
public sealed class AdvanceNotice
{
    private AdvanceNotice()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid DecisionId { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public AdvanceNoticeKind Kind { get; private set; }

    /// <summary>The first day the reduction applies, or the intended last day of services.</summary>
    public DateOnly IntendedDate { get; private set; }

    public string Reason { get; private set; } = "";
    public DateOnly? SentOn { get; private set; }
    public DateOnly? CommentsDeadline { get; private set; }
    public string? WaivedReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    public bool Waived => WaivedReason is not null;

    public static AdvanceNotice Send(
        Decision decision, AdvanceNoticeKind kind, DateOnly intendedDate, string reason, DateOnly sentOn, DateOnly commentsDeadline,
        string createdBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = decision.MunicipalityId,
            DecisionId = decision.Id,
            DecisionNumber = decision.Number,
            RecipientId = decision.RecipientId,
            Kind = kind,
            IntendedDate = intendedDate,
            Reason = reason.Trim(),
            SentOn = sentOn,
            CommentsDeadline = commentsDeadline,
            CreatedAt = now,
            CreatedBy = createdBy,
        };

    public static AdvanceNotice Waive(Decision decision, AdvanceNoticeKind kind, DateOnly intendedDate, string waivedReason, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MunicipalityId = decision.MunicipalityId,
        DecisionId = decision.Id,
        DecisionNumber = decision.Number,
        RecipientId = decision.RecipientId,
        Kind = kind,
        IntendedDate = intendedDate,
        Reason = waivedReason.Trim(),
        WaivedReason = waivedReason.Trim(),
        CreatedAt = now,
        CreatedBy = createdBy,
    };
}
