using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Activities.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContactPersonVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "contact_persons_version",
                table: "recipients",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "contacts_as_of",
                table: "recipients",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "contact_persons_version",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "contacts_as_of",
                table: "recipients");
        }
    }
}
