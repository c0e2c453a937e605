using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Mensenhandel.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Form = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FollowUpCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    RegionId = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    AcuteDanger = table.Column<bool>(type: "boolean", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OtherSignals = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PlaceDescription = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ObservedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VictimAgeGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VictimPossiblyMinor = table.Column<bool>(type: "boolean", nullable: false),
                    VictimGender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VictimNationality = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    VictimLanguages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VictimNameOrInitials = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    VictimKnowsAboutReport = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VictimConsent = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReporterAnonymous = table.Column<bool>(type: "boolean", nullable: false),
                    ReporterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReporterOrganisation = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ReporterSector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReporterPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReporterEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    SafeToContactVictim = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_Municipalities_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Municipalities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoutingRules",
                columns: table => new
                {
                    Area = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingRules", x => x.Area);
                    table.ForeignKey(
                        name: "FK_RoutingRules_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportForms",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Form = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportForms", x => new { x.ReportId, x.Form });
                    table.ForeignKey(
                        name: "FK_ReportForms_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportIndicators",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportIndicators", x => new { x.ReportId, x.IndicatorCode });
                    table.ForeignKey(
                        name: "FK_ReportIndicators_Indicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "Indicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportIndicators_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "Form", "IsActive", "SortOrder", "Source", "Text" },
                values: new object[,]
                {
                    { "ALG-01", null, true, 1, null, "Heeft geen zeggenschap over het eigen identiteitsbewijs of geld" },
                    { "ALG-02", null, true, 2, null, "Spreekt niet voor zichzelf: iemand anders praat of vertaalt" },
                    { "ALG-03", null, true, 3, null, "Woont op de werkplek" },
                    { "ALG-04", null, true, 4, null, "Kent het eigen (woon)adres niet" },
                    { "ALG-05", null, true, 5, null, "Is bang voor politie of andere instanties" },
                    { "CRIM-01", "Criminal", true, 1, null, "Vervoert of verkoopt drugs of geld voor anderen" },
                    { "CRIM-02", "Criminal", true, 2, null, "Heeft bezittingen die niet te verklaren zijn" },
                    { "CRIM-03", "Criminal", true, 3, null, "Heeft schulden bij anderen" },
                    { "CRIM-04", "Criminal", true, 4, null, "Bankrekening of identiteit wordt door anderen gebruikt" },
                    { "CRIM-05", "Criminal", true, 5, null, "Is vaak weg van school of van huis, of wordt vermist" },
                    { "CRIM-06", "Criminal", true, 6, null, "Is bang voor 'de mensen voor wie ik werk'" },
                    { "CRIM-07", "Criminal", true, 7, null, "Wordt gedwongen tot stelen, inbreken of bedelen" },
                    { "ILO-01", "Labour", true, 1, "© ILO, Indicators of Forced Labour (2012)", "Misbruik van kwetsbaarheid: iemand maakt misbruik van de afhankelijke positie van de persoon (verblijfsstatus, taal, schulden, beperking)" },
                    { "ILO-02", "Labour", true, 2, "© ILO, Indicators of Forced Labour (2012)", "Misleiding: werk, loon of omstandigheden zijn anders dan beloofd" },
                    { "ILO-03", "Labour", true, 3, "© ILO, Indicators of Forced Labour (2012)", "Beperking van bewegingsvrijheid: de persoon kan niet vrij gaan en staan" },
                    { "ILO-04", "Labour", true, 4, "© ILO, Indicators of Forced Labour (2012)", "Isolatie: de persoon wordt afgezonderd van familie, collega's of de buitenwereld" },
                    { "ILO-05", "Labour", true, 5, "© ILO, Indicators of Forced Labour (2012)", "Fysiek en seksueel geweld" },
                    { "ILO-06", "Labour", true, 6, "© ILO, Indicators of Forced Labour (2012)", "Intimidatie en bedreiging, ook van familie" },
                    { "ILO-07", "Labour", true, 7, "© ILO, Indicators of Forced Labour (2012)", "Achterhouden van identiteitsdocumenten" },
                    { "ILO-08", "Labour", true, 8, "© ILO, Indicators of Forced Labour (2012)", "Inhouden van loon: niet, te laat of veel te weinig betaald" },
                    { "ILO-09", "Labour", true, 9, "© ILO, Indicators of Forced Labour (2012)", "Schuldslavernij: een schuld die steeds groeit en moet worden afgewerkt" },
                    { "ILO-10", "Labour", true, 10, "© ILO, Indicators of Forced Labour (2012)", "Mensonterende werk- en leefomstandigheden" },
                    { "ILO-11", "Labour", true, 11, "© ILO, Indicators of Forced Labour (2012)", "Excessief overwerk: extreem lange dagen, geen vrije dagen" },
                    { "ORG-01", "OrganRemoval", true, 1, null, "Heeft een onverklaarde operatie of een litteken, of spreekt over het afstaan of verkopen van een orgaan" },
                    { "SEX-01", "Sexual", true, 1, null, "Heeft een veel oudere 'vriend' of partner die veel invloed heeft" },
                    { "SEX-02", "Sexual", true, 2, null, "Heeft dure cadeaus, kleding of telefoons zonder verklaring" },
                    { "SEX-03", "Sexual", true, 3, null, "Heeft verwondingen of andere tekenen van mishandeling" },
                    { "SEX-04", "Sexual", true, 4, null, "Wordt gebracht en gehaald door anderen" },
                    { "SEX-05", "Sexual", true, 5, null, "Werkt in de prostitutie terwijl de persoon minderjarig is" },
                    { "SEX-06", "Sexual", true, 6, null, "Heeft geen zeggenschap over de eigen verdiensten uit sekswerk" },
                    { "SEX-07", "Sexual", true, 7, null, "Heeft tatoeages of andere tekens die op 'eigendom' wijzen" },
                    { "SEX-08", "Sexual", true, 8, null, "Verblijft vaak wisselend in hotels, vakantieparken of bij onbekenden" }
                });

            migrationBuilder.InsertData(
                table: "RoutingRules",
                columns: new[] { "Area", "RegionId" },
                values: new object[] { "ONBEKEND", null });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportIndicators_IndicatorCode",
                table: "ReportIndicators",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_MunicipalityCode",
                table: "Reports",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Reference",
                table: "Reports",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RegionId_SubmittedAt",
                table: "Reports",
                columns: new[] { "RegionId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_SubmissionKey",
                table: "Reports",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRules_RegionId",
                table: "RoutingRules",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ReportCounters");

            migrationBuilder.DropTable(
                name: "ReportForms");

            migrationBuilder.DropTable(
                name: "ReportIndicators");

            migrationBuilder.DropTable(
                name: "RoutingRules");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "Reports");
        }
    }
}
