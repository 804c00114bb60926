using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Documentation.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JournalSearchPerRecipient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_journal_notes_search_vector",
                table: "journal_notes");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_journal_notes_recipient_id_search_vector",
                table: "journal_notes",
                columns: new[] { "recipient_id", "search_vector" })
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_journal_notes_recipient_id_search_vector",
                table: "journal_notes");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_journal_notes_search_vector",
                table: "journal_notes",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
