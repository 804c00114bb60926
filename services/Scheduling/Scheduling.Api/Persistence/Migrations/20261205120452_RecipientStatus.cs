using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Scheduling.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecipientStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "recipients",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "applicant");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "status",
                table: "recipients");
        }
    }
}
