using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CareServices.Assessment.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IntakeAssessmentsAndFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessment_variables",
                columns: table => new
                {
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name_nb = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_da = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    group = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    min_score = table.Column<int>(type: "integer", nullable: false),
                    max_score = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_variables", x => new { x.municipality_id, x.code });
                });

            migrationBuilder.CreateTable(
                name: "functional_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    assessed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_functional_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "goals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_goal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    target_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    service_line_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_goals_goals_parent_goal_id",
                        column: x => x.parent_goal_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "intake_conversations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    participants = table.Column<List<string>>(type: "text[]", nullable: false),
                    what_matters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    manages_self = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    who_is_around = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intake_conversations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "preventive_visits",
                columns: table => new
                {
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    visit_date = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_preventive_visits", x => x.recipient_id);
                });

            migrationBuilder.CreateTable(
                name: "visit_minutes",
                columns: table => new
                {
                    visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    week_start = table.Column<DateOnly>(type: "date", nullable: false),
                    planned_minutes = table.Column<int>(type: "integer", nullable: false),
                    delivered_minutes = table.Column<int>(type: "integer", nullable: true),
                    planned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_minutes", x => new { x.visit_id, x.service_line_id });
                });

            migrationBuilder.InsertData(
                table: "assessment_variables",
                columns: new[] { "code", "municipality_id", "group", "max_score", "min_score", "name_da", "name_en", "name_nb", "name_sv" },
                values: new object[,]
                {
                    { "behaviour", "0301", "cognitive", 5, 1, "Styring af adfærd", "Managing own behaviour", "Styring av atferd", "Styra sitt beteende" },
                    { "communication", "0301", "cognitive", 5, 1, "Kommunikation", "Communication", "Kommunikasjon", "Kommunikation" },
                    { "cooking", "0301", "instrumental", 5, 1, "Lave mad", "Preparing food", "Lage mat", "Laga mat" },
                    { "daily_decisions", "0301", "cognitive", 5, 1, "Beslutninger i hverdagen", "Decisions in daily life", "Beslutninger i dagliglivet", "Beslut i vardagen" },
                    { "dressing", "0301", "personal_care", 5, 1, "Af- og påklædning", "Dressing", "Av- og påkledning", "Av- och påklädning" },
                    { "eating", "0301", "personal_care", 5, 1, "Spise", "Eating", "Spise", "Äta" },
                    { "goods_services", "0301", "instrumental", 5, 1, "Skaffe varer og tjenesteydelser", "Obtaining goods and services", "Skaffe seg varer og tjenester", "Skaffa varor och tjänster" },
                    { "hearing", "0301", "senses", 4, 1, "Hørelse", "Hearing", "Hørsel", "Hörsel" },
                    { "housework", "0301", "instrumental", 5, 1, "Almindeligt husarbejde", "Ordinary housework", "Alminnelig husarbeid", "Hushållsarbete" },
                    { "hygiene", "0301", "personal_care", 5, 1, "Personlig hygiejne", "Personal hygiene", "Personlig hygiene", "Personlig hygien" },
                    { "memory", "0301", "cognitive", 5, 1, "Hukommelse", "Memory", "Hukommelse", "Minne" },
                    { "mobility_indoors", "0301", "mobility", 5, 1, "Bevæge sig indendørs", "Moving indoors", "Bevege seg innendørs", "Förflytta sig inomhus" },
                    { "mobility_outdoors", "0301", "mobility", 5, 1, "Bevæge sig udendørs", "Moving outdoors", "Bevege seg utendørs", "Förflytta sig utomhus" },
                    { "own_health", "0301", "personal_care", 5, 1, "Varetage egen sundhed", "Looking after own health", "Ivareta egen helse", "Sköta sin egen hälsa" },
                    { "social_participation", "0301", "social", 5, 1, "Social deltagelse", "Social participation", "Sosial deltakelse", "Social delaktighet" },
                    { "toilet", "0301", "personal_care", 5, 1, "Toiletbesøg", "Toilet", "Toalett", "Toalettbesök" },
                    { "vision", "0301", "senses", 4, 1, "Syn", "Vision", "Syn", "Syn" },
                    { "behaviour", "1848", "cognitive", 5, 1, "Styring af adfærd", "Managing own behaviour", "Styring av atferd", "Styra sitt beteende" },
                    { "communication", "1848", "cognitive", 5, 1, "Kommunikation", "Communication", "Kommunikasjon", "Kommunikation" },
                    { "cooking", "1848", "instrumental", 5, 1, "Lave mad", "Preparing food", "Lage mat", "Laga mat" },
                    { "daily_decisions", "1848", "cognitive", 5, 1, "Beslutninger i hverdagen", "Decisions in daily life", "Beslutninger i dagliglivet", "Beslut i vardagen" },
                    { "dressing", "1848", "personal_care", 5, 1, "Af- og påklædning", "Dressing", "Av- og påkledning", "Av- och påklädning" },
                    { "eating", "1848", "personal_care", 5, 1, "Spise", "Eating", "Spise", "Äta" },
                    { "goods_services", "1848", "instrumental", 5, 1, "Skaffe varer og tjenesteydelser", "Obtaining goods and services", "Skaffe seg varer og tjenester", "Skaffa varor och tjänster" },
                    { "hearing", "1848", "senses", 4, 1, "Hørelse", "Hearing", "Hørsel", "Hörsel" },
                    { "housework", "1848", "instrumental", 5, 1, "Almindeligt husarbejde", "Ordinary housework", "Alminnelig husarbeid", "Hushållsarbete" },
                    { "hygiene", "1848", "personal_care", 5, 1, "Personlig hygiejne", "Personal hygiene", "Personlig hygiene", "Personlig hygien" },
                    { "memory", "1848", "cognitive", 5, 1, "Hukommelse", "Memory", "Hukommelse", "Minne" },
                    { "mobility_indoors", "1848", "mobility", 5, 1, "Bevæge sig indendørs", "Moving indoors", "Bevege seg innendørs", "Förflytta sig inomhus" },
                    { "mobility_outdoors", "1848", "mobility", 5, 1, "Bevæge sig udendørs", "Moving outdoors", "Bevege seg utendørs", "Förflytta sig utomhus" },
                    { "own_health", "1848", "personal_care", 5, 1, "Varetage egen sundhed", "Looking after own health", "Ivareta egen helse", "Sköta sin egen hälsa" },
                    { "social_participation", "1848", "social", 5, 1, "Social deltagelse", "Social participation", "Sosial deltakelse", "Social delaktighet" },
                    { "toilet", "1848", "personal_care", 5, 1, "Toiletbesøg", "Toilet", "Toalett", "Toalettbesök" },
                    { "vision", "1848", "senses", 4, 1, "Syn", "Vision", "Syn", "Syn" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_functional_assessments_municipality_id_assessed_on",
                table: "functional_assessments",
                columns: new[] { "municipality_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_functional_assessments_recipient_id_assessed_on",
                table: "functional_assessments",
                columns: new[] { "recipient_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_goals_parent_goal_id",
                table: "goals",
                column: "parent_goal_id");

            migrationBuilder.CreateIndex(
                name: "ix_goals_recipient_id",
                table: "goals",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_intake_conversations_recipient_id_held_on",
                table: "intake_conversations",
                columns: new[] { "recipient_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_minutes_municipality_id_week_start_recipient_id",
                table: "visit_minutes",
                columns: new[] { "municipality_id", "week_start", "recipient_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_variables");

            migrationBuilder.DropTable(
                name: "functional_assessments");

            migrationBuilder.DropTable(
                name: "goals");

            migrationBuilder.DropTable(
                name: "intake_conversations");

            migrationBuilder.DropTable(
                name: "preventive_visits");

            migrationBuilder.DropTable(
                name: "visit_minutes");
        }
    }
}
