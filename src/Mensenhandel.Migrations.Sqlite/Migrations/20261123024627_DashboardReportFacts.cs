using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardReportFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportFactMonths",
                columns: table => new
                {
                    Month = table.Column<long>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportFactMonths", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "ReportMonthlyFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    FormMask = table.Column<int>(type: "INTEGER", nullable: false),
                    ReporterSector = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Flag = table.Column<bool>(type: "INTEGER", nullable: true),
                    TriageHours = table.Column<int>(type: "INTEGER", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportMonthlyFacts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_SubmittedAt",
                table: "Reports",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReportMonthlyFacts_Kind_Month_RegionId",
                table: "ReportMonthlyFacts",
                columns: new[] { "Kind", "Month", "RegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportMonthlyFacts_Month",
                table: "ReportMonthlyFacts",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportFactMonths");

            migrationBuilder.DropTable(
                name: "ReportMonthlyFacts");

            migrationBuilder.DropIndex(
                name: "IX_Reports_SubmittedAt",
                table: "Reports");
        }
    }
}
