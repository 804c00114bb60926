using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Documentation.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DecisionRecordRowVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "decisions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "decisions");
        }
    }
}
