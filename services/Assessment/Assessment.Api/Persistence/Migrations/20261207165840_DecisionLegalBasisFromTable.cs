using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Assessment.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DecisionLegalBasisFromTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Drafts written before keep the basis they were written with: whose words it was is not known.
            migrationBuilder.AddColumn<bool>(
                name: "legal_basis_from_table",
                table: "decisions",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "legal_basis_from_table",
                table: "decisions");
        }
    }
}
