using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Mensenhandel.Migrations.Postgres.Migrations
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
                    Month = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportFactMonths", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "ReportMonthlyFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    FormMask = table.Column<int>(type: "integer", nullable: false),
                    ReporterSector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Flag = table.Column<bool>(type: "boolean", nullable: true),
                    TriageHours = table.Column<int>(type: "integer", nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportMonthlyFacts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_SubmittedAt",
                table: "Reports",
                column: "SubmittedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "RegionId", "MunicipalityCode", "ReporterSector", "VictimPossiblyMinor", "AcuteDanger", "TriagedAt" });

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
