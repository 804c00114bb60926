using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Documentation.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecipientCaseWorker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "case_worker_as_of",
                table: "recipients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "case_worker_id",
                table: "recipients",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "case_worker_as_of",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "case_worker_id",
                table: "recipients");
        }
    }
}
