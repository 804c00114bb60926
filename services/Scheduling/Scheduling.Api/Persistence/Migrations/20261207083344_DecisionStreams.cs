using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Scheduling.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DecisionStreams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decision_streams",
                columns: table => new
                {
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_streams", x => new { x.municipality_id, x.number });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_streams");
        }
    }
}
