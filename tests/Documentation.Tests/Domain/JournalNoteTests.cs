using CareServices.Documentation.Domain.Journal;
using CareServices.Documentation.Domain.Records;

namespace CareServices.Documentation.Tests.Domain;

public sealed class JournalNoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.NewGuid();

    private static JournalNote Draft() =>
        JournalNote.Write("1848", Guid.NewGuid(), JournalCategory.Observation, "Ate little today.", Author, "Kari", SearchLanguage.Norwegian, null, Now);

    [Fact]
    public void A_signed_note_is_neither_changed_nor_signed_again()
    {
        var note = Draft();
        Assert.Equal(SigningOutcome.Done, note.Sign(Author, Now));

        Assert.Equal((SigningOutcome.AlreadySigned, SigningOutcome.AlreadySigned, "Ate little today."),
            (note.Revise(Author, JournalCategory.Other, "changed"), note.Sign(Author, Now), note.Text));
    }

    [Fact]
    public void Only_the_author_changes_or_signs_a_draft()
    {
        var note = Draft();

        Assert.Equal((SigningOutcome.NotAuthor, SigningOutcome.NotAuthor, false),
            (note.Revise(Guid.NewGuid(), JournalCategory.Other, "changed"), note.Sign(Guid.NewGuid(), Now), note.IsSigned));
    }

    [Theory]
    [InlineData("nb", "norwegian")]
    [InlineData("nn", "norwegian")]
    [InlineData("sv", "swedish")]
    [InlineData("da", "danish")]
    [InlineData("fi", "simple")]
    public void Notes_are_stemmed_in_the_recipients_language(string language, string configuration) =>
        Assert.Equal(configuration, SearchLanguage.For(language));
}
