using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareServices.Assessment.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AssignedContactPersons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assigned_contact_persons",
                columns: table => new
                {
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    primary_staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    primary_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    secondary_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    secondary_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    acting_staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    acting_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assigned_contact_persons", x => x.recipient_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assigned_contact_persons");
        }
    }
}
