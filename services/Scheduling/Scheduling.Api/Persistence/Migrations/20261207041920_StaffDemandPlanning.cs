using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Scheduling.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StaffDemandPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_version = table.Column<int>(type: "integer", nullable: false),
                    service_line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    competence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    double_staffing = table.Column<bool>(type: "boolean", nullable: false),
                    recurrence = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    window_start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    window_end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    preferred_recurrence = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    preferred_window_start = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    preferred_window_end = table.Column<TimeOnly>(type: "time without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contact_assignments",
                columns: table => new
                {
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    primary_staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    secondary_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    acting_staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_assignments", x => x.recipient_id);
                });

            migrationBuilder.CreateTable(
                name: "plan_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    time_limit_seconds = table.Column<int>(type: "integer", nullable: false),
                    visits = table.Column<int>(type: "integer", nullable: false),
                    unassigned = table.Column<int>(type: "integer", nullable: false),
                    unassigned_visit_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    presence = table.Column<double>(type: "double precision", nullable: false),
                    distinct_staff_per_recipient_shift = table.Column<double>(type: "double precision", nullable: false),
                    contact_person_share = table.Column<double>(type: "double precision", nullable: false),
                    travel_share = table.Column<double>(type: "double precision", nullable: false),
                    objective = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "recipient_unavailability",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_day = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recipient_unavailability", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roster_shifts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    template = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roster_shifts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    competences = table.Column<List<string>>(type: "text[]", nullable: false),
                    zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    employment_percentage = table.Column<int>(type: "integer", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    transport_mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    base_latitude = table.Column<double>(type: "double precision", nullable: false),
                    base_longitude = table.Column<double>(type: "double precision", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "staff_absences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_absences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "staff_preferences",
                columns: table => new
                {
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    refused = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_preferences", x => new { x.recipient_id, x.staff_id });
                });

            migrationBuilder.CreateTable(
                name: "visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    period = table.Column<int>(type: "integer", nullable: false),
                    window_start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    window_end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    double_staffing = table.Column<bool>(type: "boolean", nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false),
                    signature = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    cancellation_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    planned_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    staff_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    route_order = table.Column<int>(type: "integer", nullable: false),
                    travel_minutes_before = table.Column<int>(type: "integer", nullable: false),
                    pinned = table.Column<bool>(type: "boolean", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_date = table.Column<DateOnly>(type: "date", nullable: true),
                    published_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_staff_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_in_by = table.Column<Guid>(type: "uuid", nullable: true),
                    position_warning = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    missed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visits", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_decision_id",
                table: "care_tasks",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_recipient_id",
                table: "care_tasks",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_assignments_primary_staff_id",
                table: "contact_assignments",
                column: "primary_staff_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_runs_municipality_id_zone_date",
                table: "plan_runs",
                columns: new[] { "municipality_id", "zone", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_recipient_unavailability_recipient_id",
                table: "recipient_unavailability",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_roster_shifts_municipality_id_date",
                table: "roster_shifts",
                columns: new[] { "municipality_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_roster_shifts_staff_id_date_template",
                table: "roster_shifts",
                columns: new[] { "staff_id", "date", "template" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_municipality_id_zone_name",
                table: "staff",
                columns: new[] { "municipality_id", "zone", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_absences_staff_id_first_day",
                table: "staff_absences",
                columns: new[] { "staff_id", "first_day" });

            migrationBuilder.CreateIndex(
                name: "ix_visits_municipality_id_date",
                table: "visits",
                columns: new[] { "municipality_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_visits_recipient_id_date",
                table: "visits",
                columns: new[] { "recipient_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_visits_staff_ids",
                table: "visits",
                column: "staff_ids")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_tasks");

            migrationBuilder.DropTable(
                name: "contact_assignments");

            migrationBuilder.DropTable(
                name: "plan_runs");

            migrationBuilder.DropTable(
                name: "recipient_unavailability");

            migrationBuilder.DropTable(
                name: "roster_shifts");

            migrationBuilder.DropTable(
                name: "staff");

            migrationBuilder.DropTable(
                name: "staff_absences");

            migrationBuilder.DropTable(
                name: "staff_preferences");

            migrationBuilder.DropTable(
                name: "visits");
        }
    }
}
