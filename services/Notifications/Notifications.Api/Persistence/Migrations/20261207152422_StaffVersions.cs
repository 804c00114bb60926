using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Notifications.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StaffVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "scheduling_version",
                table: "staff",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // A row Scheduling has described counts as its registration (version 1); one only a unit leader wrote stays 0.
            migrationBuilder.Sql("UPDATE staff SET scheduling_version = 1 WHERE scheduling_as_of IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "scheduling_version",
                table: "staff");
        }
    }
}
