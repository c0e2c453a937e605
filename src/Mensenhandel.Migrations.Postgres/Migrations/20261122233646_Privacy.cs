using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Privacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "VictimNationality",
                table: "Reports",
                type: "character varying(396)",
                maxLength: 396,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "VictimNameOrInitials",
                table: "Reports",
                type: "character varying(476)",
                maxLength: 476,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "VictimLanguages",
                table: "Reports",
                type: "character varying(876)",
                maxLength: 876,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterPhone",
                table: "Reports",
                type: "character varying(156)",
                maxLength: 156,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterOrganisation",
                table: "Reports",
                type: "character varying(556)",
                maxLength: 556,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(120)",
                oldMaxLength: 120,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterName",
                table: "Reports",
                type: "character varying(476)",
                maxLength: 476,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterEmail",
                table: "Reports",
                type: "character varying(1092)",
                maxLength: 1092,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(254)",
                oldMaxLength: 254,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PlaceDescription",
                table: "Reports",
                type: "character varying(876)",
                maxLength: 876,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OtherSignals",
                table: "Reports",
                type: "character varying(2076)",
                maxLength: 2076,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Description",
                table: "Reports",
                type: "character varying(16076)",
                maxLength: 16076,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PseudonymisedAt",
                table: "Reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VictimBlindIndex",
                table: "Reports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Request",
                table: "Referrals",
                type: "character varying(8076)",
                maxLength: 8076,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);

            migrationBuilder.AlterColumn<string>(
                name: "AnswerReason",
                table: "Referrals",
                type: "character varying(8076)",
                maxLength: 8076,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConsentWithdrawnAt",
                table: "Referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Note",
                table: "FundingDisputes",
                type: "character varying(2076)",
                maxLength: 2076,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ResponsibilityReason",
                table: "Cases",
                type: "character varying(2076)",
                maxLength: 2076,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PseudonymisedAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "CaseEvents",
                type: "character varying(16876)",
                maxLength: 16876,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(4200)",
                oldMaxLength: 4200);

            migrationBuilder.CreateTable(
                name: "AuditVerificationRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EventsChecked = table.Column<long>(type: "bigint", nullable: false),
                    FirstBrokenEventId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditVerificationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TextVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WithdrawalRecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ground = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "VictimNationality",
                table: "Reports",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(396)",
                oldMaxLength: 396,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "VictimNameOrInitials",
                table: "Reports",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(476)",
                oldMaxLength: 476,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "VictimLanguages",
                table: "Reports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(876)",
                oldMaxLength: 876,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterPhone",
                table: "Reports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(156)",
                oldMaxLength: 156,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterOrganisation",
                table: "Reports",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(556)",
                oldMaxLength: 556,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterName",
                table: "Reports",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(476)",
                oldMaxLength: 476,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterEmail",
                table: "Reports",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1092)",
                oldMaxLength: 1092,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PlaceDescription",
                table: "Reports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(876)",
                oldMaxLength: 876,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OtherSignals",
                table: "Reports",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2076)",
                oldMaxLength: 2076,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Description",
                table: "Reports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16076)",
                oldMaxLength: 16076);

            migrationBuilder.AlterColumn<string>(
                name: "Request",
                table: "Referrals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8076)",
                oldMaxLength: 8076);

            migrationBuilder.AlterColumn<string>(
                name: "AnswerReason",
                table: "Referrals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(8076)",
                oldMaxLength: 8076,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Note",
                table: "FundingDisputes",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2076)",
                oldMaxLength: 2076,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ResponsibilityReason",
                table: "Cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2076)",
                oldMaxLength: 2076,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "CaseEvents",
                type: "character varying(4200)",
                maxLength: 4200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16876)",
                oldMaxLength: 16876);
        }
    }
}
