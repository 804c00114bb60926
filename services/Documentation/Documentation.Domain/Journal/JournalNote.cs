using CareServices.Documentation.Domain.Records;

namespace CareServices.Documentation.Domain.Journal;

/// <summary>
/// A note in a recipient's journal. Its author may change it until it is signed; after that it never changes, and
/// a mistake is put right by a new note that references it (<see cref="CorrectsNoteId"/>).
/// </summary>
public sealed class JournalNote
{
    private JournalNote()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public JournalCategory Category { get; private set; }
    public string Text { get; private set; } = "";
    public Guid AuthorStaffId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public DateTimeOffset WrittenAt { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public Guid? CorrectsNoteId { get; private set; }

    /// <summary>The text-search configuration the note is indexed with (<see cref="SearchLanguage"/>).</summary>
    public string SearchLanguage { get; private set; } = Records.SearchLanguage.Simple;

    public bool IsSigned => SignedAt is not null;

    public static JournalNote Write(string municipalityId, Guid recipientId, JournalCategory category, string text, Guid authorStaffId, string authorName,
        string searchLanguage, Guid? correctsNoteId, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = municipalityId,
            RecipientId = recipientId,
            Category = category,
            Text = text,
            AuthorStaffId = authorStaffId,
            AuthorName = authorName,
            WrittenAt = now,
            SearchLanguage = searchLanguage,
            CorrectsNoteId = correctsNoteId,
        };

    public SigningOutcome Revise(Guid staffId, JournalCategory category, string text)
    {
        if (IsSigned)
        {
            return SigningOutcome.AlreadySigned;
        }
        if (staffId != AuthorStaffId)
        {
            return SigningOutcome.NotAuthor;
        }
        Category = category;
        Text = text;
        return SigningOutcome.Done;
    }

    public SigningOutcome Sign(Guid staffId, DateTimeOffset now)
    {
        if (IsSigned)
        {
            return SigningOutcome.AlreadySigned;
        }
        if (staffId != AuthorStaffId)
        {
            return SigningOutcome.NotAuthor;
        }
        SignedAt = now;
        return SigningOutcome.Done;
    }
}
