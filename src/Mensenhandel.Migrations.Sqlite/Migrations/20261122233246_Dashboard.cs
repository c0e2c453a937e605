using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LatestFeedbackAt",
                table: "Referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PolicyBaselineVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DesignatedOfficerAppointed = table.Column<bool>(type: "INTEGER", nullable: false),
                    InternalReportingRoute = table.Column<bool>(type: "INTEGER", nullable: false),
                    CareCoordinationArranged = table.Column<bool>(type: "INTEGER", nullable: false),
                    StaffTrainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AwarenessActivities = table.Column<bool>(type: "INTEGER", nullable: false),
                    PolicyPlanAdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
