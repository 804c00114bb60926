using CareServices.Documentation.Domain.Journal;
using CareServices.Documentation.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class JournalNoteConfiguration : IEntityTypeConfiguration<JournalNote>
{
    /// <summary>
    /// The stemmed search vector, kept by PostgreSQL itself. A generated column must be immutable, so the text
    /// configuration is chosen by constants rather than by casting the stored name.
    /// </summary>
    public const string SearchVectorSql = $"""
        to_tsvector(CASE search_language
            WHEN '{SearchLanguage.Norwegian}' THEN 'norwegian'::regconfig
            WHEN '{SearchLanguage.Swedish}' THEN 'swedish'::regconfig
            WHEN '{SearchLanguage.Danish}' THEN 'danish'::regconfig
            WHEN '{SearchLanguage.English}' THEN 'english'::regconfig
            ELSE 'simple'::regconfig END, text)
        """;

    public void Configure(EntityTypeBuilder<JournalNote> note)
    {
        note.ToTable("journal_notes");
        note.HasKey(n => n.Id);
        note.Property(n => n.Id).ValueGeneratedNever();
        note.Property(n => n.MunicipalityId).HasMaxLength(4).IsRequired();
        note.Property(n => n.Category).HasConversion<string>().HasMaxLength(40);
        note.Property(n => n.Text).HasMaxLength(TextLimits.MaxLength).IsRequired();
        note.Property(n => n.AuthorName).HasMaxLength(200).IsRequired();
        note.Property(n => n.SearchLanguage).HasMaxLength(20).IsRequired();
        note.Property<NpgsqlTypes.NpgsqlTsVector>("SearchVector").HasComputedColumnSql(SearchVectorSql, stored: true);
        // Search is always within one recipient's journal: a GIN index on both columns (btree_gin) finds that
        // recipient's matching notes directly, where one on the vector alone would match every recipient's notes.
        note.HasIndex("RecipientId", "SearchVector").HasMethod("GIN");
        note.HasIndex(n => new { n.RecipientId, n.WrittenAt });
    }
}
