using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Notifications.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Delivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "zone",
                table: "recipients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    template = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    urgent = table.Column<bool>(type: "boolean", nullable: false),
                    values = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "preferences",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    channels = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    quiet_hours = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    daily_digest = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_preferences", x => x.person_id);
                });

            migrationBuilder.CreateTable(
                name: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    roles = table.Column<string[]>(type: "text[]", nullable: false),
                    zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_due",
                table: "notifications",
                column: "next_attempt_at",
                filter: "status = 'Queued'");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_event_id_person_id_channel",
                table: "notifications",
                columns: new[] { "event_id", "person_id", "channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_municipality_id_status",
                table: "notifications",
                columns: new[] { "municipality_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_person_id_channel_sent_at",
                table: "notifications",
                columns: new[] { "person_id", "channel", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_municipality_id_zone",
                table: "staff",
                columns: new[] { "municipality_id", "zone" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "preferences");

            migrationBuilder.DropTable(
                name: "staff");

            migrationBuilder.DropColumn(
                name: "zone",
                table: "recipients");
        }
    }
}
