using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Documentation.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VisitReportsImplementationPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    latest_decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    latest_version = table.Column<int>(type: "integer", nullable: false),
                    last_day = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => new { x.municipality_id, x.number });
                });

            migrationBuilder.CreateTable(
                name: "implementation_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    decision_version = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    lines = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_implementation_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "visit_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visit_date = table.Column<DateOnly>(type: "date", nullable: false),
                    author_staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actual_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actual_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    observations = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    condition_change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    condition_description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    corrects_report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tasks = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_reports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_recipient_id",
                table: "decisions",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_implementation_plans_municipality_id_decision_number_version",
                table: "implementation_plans",
                columns: new[] { "municipality_id", "decision_number", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_implementation_plans_recipient_id",
                table: "implementation_plans",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_visit_reports_recipient_id_visit_date",
                table: "visit_reports",
                columns: new[] { "recipient_id", "visit_date" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_reports_visit_id",
                table: "visit_reports",
                column: "visit_id",
                unique: true,
                filter: "corrects_report_id IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "implementation_plans");

            migrationBuilder.DropTable(
                name: "visit_reports");
        }
    }
}
