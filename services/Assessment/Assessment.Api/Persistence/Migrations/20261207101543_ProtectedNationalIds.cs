using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Assessment.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProtectedNationalIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_recipients_municipality_id_national_id",
                table: "recipients");

            // Encrypting and keyed hashing need keys the database does not have, so SQL cannot convert the existing ids:
            // the clear column is kept under a new name and Security/NationalIdSealing seals and empties it at start.
            migrationBuilder.RenameColumn(
                name: "national_id",
                table: "recipients",
                newName: "legacy_national_id");

            migrationBuilder.AlterColumn<string>(
                name: "legacy_national_id",
                table: "recipients",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12);

            migrationBuilder.AddColumn<string>(
                name: "national_id_hash",
                table: "recipients",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "protected_national_id",
                table: "recipients",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            // A unique placeholder per row until the id is sealed, so the unique index holds meanwhile.
            migrationBuilder.Sql("UPDATE recipients SET national_id_hash = 'legacy:' || id::text WHERE legacy_national_id IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "ix_recipients_municipality_id_national_id_hash",
                table: "recipients",
                columns: new[] { "municipality_id", "national_id_hash" },
                unique: true);

            // Candidates keep no national id, so their unkeyed hashes are marked and rehashed at the next import.
            migrationBuilder.AlterColumn<string>(
                name: "national_id_hash",
                table: "preventive_visit_candidates",
                type: "character varying(71)",
                maxLength: 71,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.Sql("UPDATE preventive_visit_candidates SET national_id_hash = 'sha256:' || national_id_hash;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            throw new NotSupportedException(
                "National ids are now encrypted with keys the database does not have; go back by restoring a backup taken before this migration.");
    }
}
