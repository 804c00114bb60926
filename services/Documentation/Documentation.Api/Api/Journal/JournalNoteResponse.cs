using CareServices.Documentation.Domain.Journal;

namespace CareServices.Documentation.Api.Api.Journal;

public sealed record JournalNoteResponse(
    Guid Id, Guid RecipientId, JournalCategory Category, string Text, Guid AuthorStaffId, string AuthorName, DateTimeOffset WrittenAt,
    DateTimeOffset? SignedAt, Guid? CorrectsNoteId)
{
    public static JournalNoteResponse From(JournalNote n) =>
        new(n.Id, n.RecipientId, n.Category, n.Text, n.AuthorStaffId, n.AuthorName, n.WrittenAt, n.SignedAt, n.CorrectsNoteId);
}
