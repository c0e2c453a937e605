using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Privacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PseudonymisedAt",
                table: "Reports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VictimBlindIndex",
                table: "Reports",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ConsentWithdrawnAt",
                table: "Referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PseudonymisedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditVerificationRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EventsChecked = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstBrokenEventId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditVerificationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawalRecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrivacyDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyDecisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_PseudonymisedAt",
                table: "Reports",
                column: "PseudonymisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_VictimBlindIndex_RegionId",
                table: "Reports",
                columns: new[] { "VictimBlindIndex", "RegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PseudonymisedAt",
                table: "Cases",
                column: "PseudonymisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditVerificationRuns_CheckedAt",
                table: "AuditVerificationRuns",
                column: "CheckedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_CaseId_GivenAt",
                table: "ConsentRecords",
                columns: new[] { "CaseId", "GivenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyDecisions_Reference_DecidedAt",
                table: "PrivacyDecisions",
                columns: new[] { "Reference", "DecidedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditVerificationRuns");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "PrivacyDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Reports_PseudonymisedAt",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_VictimBlindIndex_RegionId",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PseudonymisedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PseudonymisedAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "VictimBlindIndex",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ConsentWithdrawnAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "PseudonymisedAt",
                table: "Cases");
        }
    }
}
