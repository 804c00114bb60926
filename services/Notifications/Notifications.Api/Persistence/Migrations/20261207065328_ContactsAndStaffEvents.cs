using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Notifications.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContactsAndStaffEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "active",
                table: "staff",
                type: "boolean",
                nullable: false,
                // Everyone kept here before Scheduling's events arrived still works here.
                defaultValue: true);

            migrationBuilder.AddColumn<string[]>(
                name: "competences",
                table: "staff",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "scheduling_as_of",
                table: "staff",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "acting_contact_id",
                table: "recipients",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "contacts_as_of",
                table: "recipients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "primary_contact_id",
                table: "recipients",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "active",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "competences",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "scheduling_as_of",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "acting_contact_id",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "contacts_as_of",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "primary_contact_id",
                table: "recipients");
        }
    }
}
