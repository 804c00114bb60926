using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Assessment.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContactPersonVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "assigned_contact_persons",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "version",
                table: "assigned_contact_persons");
        }
    }
}
