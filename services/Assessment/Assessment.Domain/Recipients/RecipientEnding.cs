namespace CareServices.Assessment.Domain.Recipients;

/// <summary>
/// The record of a recipient's end: why, and the last day of services. It outlives a later reactivation, so the
/// history of ends stays; one row per end.
/// </summary>
public sealed class RecipientEnding
{
    private RecipientEnding()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public EndReason Reason { get; private set; }
    public DateOnly LastDay { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset EndedAt { get; private set; }
    public string EndedBy { get; private set; } = "";

    /// <summary>Notice before ending is not needed when the recipient died, moved away or moved to long-term care.</summary>
    public static bool NoticeIsNeeded(EndReason reason) => reason == EndReason.NoLongerNeeds;

    /// <summary>No letter is sent to a recipient who died; the others get the termination letter of each decision.</summary>
    public static bool LetterIsDue(EndReason reason) => reason != EndReason.Died;

    public static RecipientEnding Record(Recipient recipient, EndReason reason, DateOnly lastDay, string? note, string endedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MunicipalityId = recipient.MunicipalityId,
        RecipientId = recipient.Id,
        Reason = reason,
        LastDay = lastDay,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        EndedAt = now,
        EndedBy = endedBy,
    };
}
