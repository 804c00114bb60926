using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Scheduling.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StaffVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An existing staff member was published once at least: they count as version 1.
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "staff",
                type: "integer",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "version",
                table: "staff");
        }
    }
}
