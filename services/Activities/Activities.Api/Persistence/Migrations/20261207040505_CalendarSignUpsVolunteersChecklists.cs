using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Activities.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CalendarSignUpsVolunteersChecklists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "contact_person_name",
                table: "recipients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "checklist_due_notices",
                columns: table => new
                {
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_checklist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_due_notices", x => new { x.recipient_id, x.last_checklist_id });
                });

            migrationBuilder.CreateTable(
                name: "interest_checklists",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: false),
                    done_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    lives_alone = table.Column<bool>(type: "boolean", nullable: false),
                    meets_others = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    loneliness = table.Column<int>(type: "integer", nullable: false),
                    needs_transport = table.Column<bool>(type: "boolean", nullable: false),
                    needs_escort = table.Column<bool>(type: "boolean", nullable: false),
                    needs_wheelchair_access = table.Column<bool>(type: "boolean", nullable: false),
                    needs_hearing_loop = table.Column<bool>(type: "boolean", nullable: false),
                    misses = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    answers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interest_checklists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    contact_person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "planned_visits",
                columns: table => new
                {
                    visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_planned_visits", x => x.visit_id);
                });

            migrationBuilder.CreateTable(
                name: "volunteers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    roles = table.Column<string[]>(type: "text[]", nullable: false),
                    interests = table.Column<List<string>>(type: "text[]", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    zones = table.Column<List<string>>(type: "text[]", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    police_certificate_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    consent_to_contact = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    availability = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    organiser_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    transport_offered = table.Column<bool>(type: "boolean", nullable: false),
                    cost = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    cancellation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_occurrences = table.Column<List<DateTimeOffset>>(type: "timestamp with time zone[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    place_address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    place_hearing_loop = table.Column<bool>(type: "boolean", nullable: false),
                    place_latitude = table.Column<double>(type: "double precision", nullable: false),
                    place_longitude = table.Column<double>(type: "double precision", nullable: false),
                    place_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    place_wheelchair_accessible = table.Column<bool>(type: "boolean", nullable: false),
                    local_end = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    local_start = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    recurrence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_organisers_organiser_id",
                        column: x => x.organiser_id,
                        principalTable: "organisers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    matched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteer_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_volunteer_assignments_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sign_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurrence_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    occurrence_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    signed_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signed_up_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    transport = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    driver_volunteer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    attended = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_sign_ups_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_municipality_id_status",
                table: "activities",
                columns: new[] { "municipality_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_organiser_id",
                table: "activities",
                column: "organiser_id");

            migrationBuilder.CreateIndex(
                name: "ix_interest_checklists_municipality_id",
                table: "interest_checklists",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_interest_checklists_recipient_id_done_on",
                table: "interest_checklists",
                columns: new[] { "recipient_id", "done_on" });

            migrationBuilder.CreateIndex(
                name: "ix_organisers_municipality_id",
                table: "organisers",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_planned_visits_recipient_id_start",
                table: "planned_visits",
                columns: new[] { "recipient_id", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_sign_ups_activity_id_occurrence_start_recipient_id",
                table: "sign_ups",
                columns: new[] { "activity_id", "occurrence_start", "recipient_id" },
                unique: true,
                filter: "status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ix_sign_ups_activity_id_occurrence_start_status",
                table: "sign_ups",
                columns: new[] { "activity_id", "occurrence_start", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_sign_ups_driver_volunteer_id_occurrence_start",
                table: "sign_ups",
                columns: new[] { "driver_volunteer_id", "occurrence_start" });

            migrationBuilder.CreateIndex(
                name: "ix_sign_ups_recipient_id_occurrence_start",
                table: "sign_ups",
                columns: new[] { "recipient_id", "occurrence_start" });

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_assignments_recipient_id_ended_at",
                table: "volunteer_assignments",
                columns: new[] { "recipient_id", "ended_at" });

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_assignments_volunteer_id_recipient_id_role",
                table: "volunteer_assignments",
                columns: new[] { "volunteer_id", "recipient_id", "role" },
                unique: true,
                filter: "ended_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_municipality_id_status",
                table: "volunteers",
                columns: new[] { "municipality_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checklist_due_notices");

            migrationBuilder.DropTable(
                name: "interest_checklists");

            migrationBuilder.DropTable(
                name: "planned_visits");

            migrationBuilder.DropTable(
                name: "sign_ups");

            migrationBuilder.DropTable(
                name: "volunteer_assignments");

            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "volunteers");

            migrationBuilder.DropTable(
                name: "organisers");

            migrationBuilder.DropColumn(
                name: "contact_person_name",
                table: "recipients");
        }
    }
}
