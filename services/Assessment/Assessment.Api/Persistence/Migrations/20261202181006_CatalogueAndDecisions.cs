using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CareServices.Assessment.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueAndDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decision_counters",
                columns: table => new
                {
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_counters", x => new { x.municipality_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    previous_version_id = table.Column<Guid>(type: "uuid", nullable: true),
                    legal_basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    expiring_announced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    contact_person_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_person_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service_types",
                columns: table => new
                {
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name_nb = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_da = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    default_competence = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    co_payment = table.Column<bool>(type: "boolean", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_types", x => new { x.municipality_id, x.code });
                });

            migrationBuilder.CreateTable(
                name: "service_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    service_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    minutes_per_visit = table.Column<int>(type: "integer", nullable: false),
                    pattern = table.Column<string>(type: "jsonb", nullable: false),
                    competence = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    double_staffing = table.Column<bool>(type: "boolean", nullable: false),
                    co_payment = table.Column<bool>(type: "boolean", nullable: false),
                    instructions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_lines_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "service_types",
                columns: new[] { "code", "municipality_id", "co_payment", "default_competence", "kind", "name_da", "name_en", "name_nb", "name_sv" },
                values: new object[,]
                {
                    { "bed_change", "0301", true, "HomeHelper", "PracticalAssistance", "Sengeskift", "Bed change", "Sengeskift", "Bäddning" },
                    { "cleaning", "0301", true, "HomeHelper", "PracticalAssistance", "Rengøring", "Cleaning", "Rengjøring", "Städning" },
                    { "escort", "0301", false, "HealthWorker", "PracticalAssistance", "Ledsagelse til læge, tandlæge og hospital", "Escort to doctor, dentist and hospital", "Ledsager til lege, tannlege og sykehus", "Ledsagning till läkare, tandläkare och sjukhus" },
                    { "laundry", "0301", true, "HomeHelper", "PracticalAssistance", "Tøjvask", "Laundry", "Klesvask", "Tvätt" },
                    { "medication", "0301", false, "Nurse", "HealthCare", "Medicinhåndtering", "Medication administration", "Legemiddelhåndtering", "Läkemedelshantering" },
                    { "nursing_care", "0301", false, "Nurse", "HealthCare", "Pleje ved sengeleje og alvorlig sygdom", "Nursing of the bedridden and seriously ill", "Pleie ved sengeleie og alvorlig sykdom", "Omvårdnad vid sängläge och svår sjukdom" },
                    { "nutrition", "0301", false, "HealthWorker", "HealthCare", "Måltider og ernæring", "Meals and nutrition", "Måltider og ernæring", "Måltider och nutrition" },
                    { "personal_care", "0301", false, "HealthWorker", "HealthCare", "Personlig pleje", "Personal care (hygiene, dressing, oral care, shaving)", "Personlig stell", "Personlig omvårdnad" },
                    { "physical_training", "0301", false, "Physiotherapist", "HealthCare", "Fysisk aktivitet og genoptræning", "Physical activity and training", "Fysisk aktivitet og opptrening", "Fysisk aktivitet och träning" },
                    { "shopping", "0301", true, "HomeHelper", "PracticalAssistance", "Bestilling og indkøb af dagligvarer", "Grocery ordering and shopping", "Bestilling og innkjøp av matvarer", "Beställning och inköp av livsmedel" },
                    { "shower", "0301", false, "HealthWorker", "HealthCare", "Bad", "Shower", "Dusj", "Dusch" },
                    { "social_activity", "0301", false, "HealthWorker", "PracticalAssistance", "Social aktivitet og samvær", "Social activity", "Sosial aktivitet og samvær", "Social aktivitet och samvaro" },
                    { "supervisory_visit", "0301", false, "HealthWorker", "HealthCare", "Tilsynsbesøg og samtale", "Supervisory visit and conversation", "Tilsynsbesøk og samtale", "Tillsynsbesök och samtal" },
                    { "technical_aids", "0301", false, "OccupationalTherapist", "HealthCare", "Hjælpemidler og velfærdsteknologi", "Technical aids and welfare technology", "Hjelpemidler og velferdsteknologi", "Hjälpmedel och välfärdsteknik" },
                    { "wound_care", "0301", false, "Nurse", "HealthCare", "Sårpleje og injektioner", "Wound care and injections", "Sårbehandling og injeksjoner", "Sårvård och injektioner" },
                    { "bed_change", "1848", true, "HomeHelper", "PracticalAssistance", "Sengeskift", "Bed change", "Sengeskift", "Bäddning" },
                    { "cleaning", "1848", true, "HomeHelper", "PracticalAssistance", "Rengøring", "Cleaning", "Rengjøring", "Städning" },
                    { "escort", "1848", false, "HealthWorker", "PracticalAssistance", "Ledsagelse til læge, tandlæge og hospital", "Escort to doctor, dentist and hospital", "Ledsager til lege, tannlege og sykehus", "Ledsagning till läkare, tandläkare och sjukhus" },
                    { "laundry", "1848", true, "HomeHelper", "PracticalAssistance", "Tøjvask", "Laundry", "Klesvask", "Tvätt" },
                    { "medication", "1848", false, "Nurse", "HealthCare", "Medicinhåndtering", "Medication administration", "Legemiddelhåndtering", "Läkemedelshantering" },
                    { "nursing_care", "1848", false, "Nurse", "HealthCare", "Pleje ved sengeleje og alvorlig sygdom", "Nursing of the bedridden and seriously ill", "Pleie ved sengeleie og alvorlig sykdom", "Omvårdnad vid sängläge och svår sjukdom" },
                    { "nutrition", "1848", false, "HealthWorker", "HealthCare", "Måltider og ernæring", "Meals and nutrition", "Måltider og ernæring", "Måltider och nutrition" },
                    { "personal_care", "1848", false, "HealthWorker", "HealthCare", "Personlig pleje", "Personal care (hygiene, dressing, oral care, shaving)", "Personlig stell", "Personlig omvårdnad" },
                    { "physical_training", "1848", false, "Physiotherapist", "HealthCare", "Fysisk aktivitet og genoptræning", "Physical activity and training", "Fysisk aktivitet og opptrening", "Fysisk aktivitet och träning" },
                    { "shopping", "1848", true, "HomeHelper", "PracticalAssistance", "Bestilling og indkøb af dagligvarer", "Grocery ordering and shopping", "Bestilling og innkjøp av matvarer", "Beställning och inköp av livsmedel" },
                    { "shower", "1848", false, "HealthWorker", "HealthCare", "Bad", "Shower", "Dusj", "Dusch" },
                    { "social_activity", "1848", false, "HealthWorker", "PracticalAssistance", "Social aktivitet og samvær", "Social activity", "Sosial aktivitet og samvær", "Social aktivitet och samvaro" },
                    { "supervisory_visit", "1848", false, "HealthWorker", "HealthCare", "Tilsynsbesøg og samtale", "Supervisory visit and conversation", "Tilsynsbesøk og samtale", "Tillsynsbesök och samtal" },
                    { "technical_aids", "1848", false, "OccupationalTherapist", "HealthCare", "Hjælpemidler og velfærdsteknologi", "Technical aids and welfare technology", "Hjelpemidler og velferdsteknologi", "Hjälpmedel och välfärdsteknik" },
                    { "wound_care", "1848", false, "Nurse", "HealthCare", "Sårpleje og injektioner", "Wound care and injections", "Sårbehandling og injeksjoner", "Sårvård och injektioner" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_municipality_id_number_version",
                table: "decisions",
                columns: new[] { "municipality_id", "number", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decisions_municipality_id_status_valid_to",
                table: "decisions",
                columns: new[] { "municipality_id", "status", "valid_to" });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_recipient_id_status",
                table: "decisions",
                columns: new[] { "recipient_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_service_lines_decision_id",
                table: "service_lines",
                column: "decision_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_counters");

            migrationBuilder.DropTable(
                name: "service_lines");

            migrationBuilder.DropTable(
                name: "service_types");

            migrationBuilder.DropTable(
                name: "decisions");
        }
    }
}
