using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CareServices.Assessment.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecipientDetailsAndMunicipalities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_recipients_municipality_id_zone",
                table: "recipients");

            migrationBuilder.AlterColumn<string>(
                name: "national_id",
                table: "recipients",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(11)",
                oldMaxLength: 11);

            migrationBuilder.AddColumn<string>(
                name: "home_notes_aids",
                table: "recipients",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "home_notes_other",
                table: "recipients",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "home_notes_pets",
                table: "recipients",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "home_notes_smoking",
                table: "recipients",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "key_arrangement_kind",
                table: "recipients",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "key_arrangement_location",
                table: "recipients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "key_arrangement_protected_code",
                table: "recipients",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "lives_alone",
                table: "recipients",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "recipients",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<List<string>>(
                name: "welfare_technology",
                table: "recipients",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // Rows registered before this migration were last changed when they were registered.
            migrationBuilder.Sql("UPDATE recipients SET updated_at = registered_at");

            migrationBuilder.CreateTable(
                name: "access_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    what = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    number = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipalities", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "resource_persons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    relation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    consent_to_inform = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_persons", x => x.id);
                    table.ForeignKey(
                        name: "fk_resource_persons_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "zones",
                columns: table => new
                {
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_zones", x => new { x.municipality_id, x.name });
                    table.ForeignKey(
                        name: "fk_zones_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "municipalities",
                columns: new[] { "number", "country", "language", "name", "time_zone" },
                values: new object[,]
                {
                    { "0301", "NO", "nb", "Oslo", "Europe/Oslo" },
                    { "1848", "NO", "nb", "Steigen", "Europe/Oslo" }
                });

            migrationBuilder.InsertData(
                table: "zones",
                columns: new[] { "municipality_id", "name", "latitude", "longitude" },
                values: new object[,]
                {
                    { "0301", "Gamle Oslo nord", 59.914999999999999, 10.77 },
                    { "0301", "Gamle Oslo øst", 59.908000000000001, 10.800000000000001 },
                    { "0301", "Gamle Oslo sør", 59.899999999999999, 10.785 },
                    { "0301", "Gamle Oslo vest", 59.906999999999996, 10.757999999999999 },
                    { "1848", "Leiranger", 67.799999999999997, 14.98 },
                    { "1848", "Nord-Steigen", 67.930000000000007, 15.33 },
                    { "1848", "Nordfold", 67.760000000000005, 15.19 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_recipients_municipality_id_zone_status",
                table: "recipients",
                columns: new[] { "municipality_id", "zone", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_access_records_municipality_id_recipient_id_at",
                table: "access_records",
                columns: new[] { "municipality_id", "recipient_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_persons_recipient_id",
                table: "resource_persons",
                column: "recipient_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_records");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "resource_persons");

            migrationBuilder.DropTable(
                name: "zones");

            migrationBuilder.DropTable(
                name: "municipalities");

            migrationBuilder.DropIndex(
                name: "ix_recipients_municipality_id_zone_status",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "home_notes_aids",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "home_notes_other",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "home_notes_pets",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "home_notes_smoking",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "key_arrangement_kind",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "key_arrangement_location",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "key_arrangement_protected_code",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "lives_alone",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "welfare_technology",
                table: "recipients");

            migrationBuilder.AlterColumn<string>(
                name: "national_id",
                table: "recipients",
                type: "character varying(11)",
                maxLength: 11,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12);

            migrationBuilder.CreateIndex(
                name: "ix_recipients_municipality_id_zone",
                table: "recipients",
                columns: new[] { "municipality_id", "zone" });
        }
    }
}
