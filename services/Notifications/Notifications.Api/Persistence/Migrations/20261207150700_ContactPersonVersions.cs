using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Notifications.Api.Persistence.Migrations
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "contact_persons_version",
                table: "recipients");
        }
    }
}
