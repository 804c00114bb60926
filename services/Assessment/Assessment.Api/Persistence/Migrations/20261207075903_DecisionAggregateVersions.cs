using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Assessment.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DecisionAggregateVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Decisions granted before versions start at 0: their next announced change is version 1.
            migrationBuilder.AddColumn<int>(
                name: "aggregate_version",
                table: "decisions",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "aggregate_version",
                table: "decisions");
        }
    }
}
