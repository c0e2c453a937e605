using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Dashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LatestFeedback",
                table: "Referrals",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LatestFeedbackAt",
                table: "Referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PolicyBaselineVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DesignatedOfficerAppointed = table.Column<bool>(type: "boolean", nullable: false),
                    InternalReportingRoute = table.Column<bool>(type: "boolean", nullable: false),
                    CareCoordinationArranged = table.Column<bool>(type: "boolean", nullable: false),
                    StaffTrainedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AwarenessActivities = table.Column<bool>(type: "boolean", nullable: false),
                    PolicyPlanAdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyBaselineVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyBaselineVersions_Municipalities_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Municipalities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyBaselineVersions_MunicipalityCode_Number",
                table: "PolicyBaselineVersions",
                columns: new[] { "MunicipalityCode", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PolicyBaselineVersions");

            migrationBuilder.DropColumn(
                name: "LatestFeedback",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "LatestFeedbackAt",
                table: "Referrals");
        }
    }
}
