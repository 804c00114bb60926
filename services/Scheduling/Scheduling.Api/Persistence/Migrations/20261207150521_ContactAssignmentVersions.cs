using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Scheduling.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContactAssignmentVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An existing assignment was published once at least: it counts as version 1.
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "contact_assignments",
                type: "integer",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "version",
                table: "contact_assignments");
        }
    }
}
