using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Mensenhandel.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ObjectType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Origin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CorrelationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PreviousHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

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
                name: "PoliceUnits",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliceUnits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Series = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => new { x.Series, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Province = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SafetyRegion = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PoliceUnitId = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Municipalities_PoliceUnits_PoliceUnitId",
                        column: x => x.PoliceUnitId,
                        principalTable: "PoliceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Municipalities_Regions_RegionId",
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
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    AssignedTo = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PossiblyMinor = table.Column<bool>(type: "boolean", nullable: false),
                    Consent = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReflectionPeriodStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ReflectionPeriodEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ResponsibleMunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ResponsibilityBasis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ResponsibilityReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Municipalities_ResponsibleMunicipalityCode",
                        column: x => x.ResponsibleMunicipalityCode,
                        principalTable: "Municipalities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionId = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    PoliceUnitId = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Municipalities_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Municipalities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organisations_PoliceUnits_PoliceUnitId",
                        column: x => x.PoliceUnitId,
                        principalTable: "PoliceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organisations_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(4200)", maxLength: 4200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseForms",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Form = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseForms", x => new { x.CaseId, x.Form });
                    table.ForeignKey(
                        name: "FK_CaseForms_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingDisputes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCodes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OpenedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PayingMunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingDisputes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingDisputes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    SubmittedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
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
                    SafeToContactVictim = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TriageDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    TriagedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TriagedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ClosingReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeactivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastTotpTimeStep = table.Column<long>(type: "bigint", nullable: false),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecipientOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SharesIdentity = table.Column<bool>(type: "boolean", nullable: false),
                    LegalGround = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Request = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SentBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AnswerReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_RecipientOrganisationId",
                        column: x => x.RecipientOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShelterPlacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShelterPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShelterPlacements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShelterPlacements_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
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

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Ticket = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "role-administrator", "seed-administrator", "Administrator", "ADMINISTRATOR" },
                    { "role-carecoordinator", "seed-carecoordinator", "CareCoordinator", "CARECOORDINATOR" },
                    { "role-carepartner", "seed-carepartner", "CarePartner", "CAREPARTNER" },
                    { "role-designatedofficer", "seed-designatedofficer", "DesignatedOfficer", "DESIGNATEDOFFICER" },
                    { "role-national", "seed-national", "National", "NATIONAL" },
                    { "role-police", "seed-police", "Police", "POLICE" },
                    { "role-reporter", "seed-reporter", "Reporter", "REPORTER" }
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
                table: "PoliceUnits",
                columns: new[] { "Id", "Name" },
                values: new object[,]
                {
                    { "RE01", "Noord-Nederland" },
                    { "RE02", "Oost-Nederland" },
                    { "RE03", "Midden-Nederland" },
                    { "RE04", "Noord-Holland" },
                    { "RE05", "Amsterdam" },
                    { "RE06", "Den Haag" },
                    { "RE07", "Rotterdam" },
                    { "RE08", "Zeeland-West-Brabant" },
                    { "RE09", "Oost-Brabant" },
                    { "RE10", "Limburg" }
                });

            migrationBuilder.InsertData(
                table: "Regions",
                columns: new[] { "Id", "Name" },
                values: new object[,]
                {
                    { "RE01", "Noord-Nederland" },
                    { "RE02", "Oost-Nederland" },
                    { "RE03", "Midden-Nederland" },
                    { "RE04", "Noord-Holland" },
                    { "RE05", "Amsterdam" },
                    { "RE06", "Den Haag" },
                    { "RE07", "Rotterdam" },
                    { "RE08", "Zeeland-West-Brabant" },
                    { "RE09", "Oost-Brabant" },
                    { "RE10", "Limburg" }
                });

            migrationBuilder.InsertData(
                table: "RoutingRules",
                columns: new[] { "Area", "RegionId" },
                values: new object[] { "ONBEKEND", null });

            migrationBuilder.InsertData(
                table: "Municipalities",
                columns: new[] { "Code", "Name", "PoliceUnitId", "Province", "RegionId", "SafetyRegion" },
                values: new object[,]
                {
                    { "GM0014", "Groningen", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM0034", "Almere", "RE03", "Flevoland", "RE03", "Flevoland" },
                    { "GM0037", "Stadskanaal", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM0047", "Veendam", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM0050", "Zeewolde", "RE03", "Flevoland", "RE03", "Flevoland" },
                    { "GM0059", "Achtkarspelen", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0060", "Ameland", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0072", "Harlingen", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0074", "Heerenveen", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0080", "Leeuwarden", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0085", "Ooststellingwerf", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0086", "Opsterland", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0088", "Schiermonnikoog", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0090", "Smallingerland", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0093", "Terschelling", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0096", "Vlieland", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0098", "Weststellingwerf", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0106", "Assen", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM0109", "Coevorden", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM0114", "Emmen", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM0118", "Hoogeveen", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM0119", "Meppel", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM0141", "Almelo", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0147", "Borne", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0148", "Dalfsen", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM0150", "Deventer", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM0153", "Enschede", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0158", "Haaksbergen", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0160", "Hardenberg", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM0163", "Hellendoorn", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0164", "Hengelo (O.)", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0166", "Kampen", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM0168", "Losser", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0171", "Noordoostpolder", "RE03", "Flevoland", "RE03", "Flevoland" },
                    { "GM0173", "Oldenzaal", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0175", "Ommen", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM0177", "Raalte", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM0180", "Staphorst", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM0183", "Tubbergen", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0184", "Urk", "RE03", "Flevoland", "RE03", "Flevoland" },
                    { "GM0189", "Wierden", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM0193", "Zwolle", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM0197", "Aalten", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0200", "Apeldoorn", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0202", "Arnhem", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0203", "Barneveld", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0209", "Beuningen", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0213", "Brummen", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0214", "Buren", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0216", "Culemborg", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0221", "Doesburg", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0222", "Doetinchem", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0225", "Druten", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0226", "Duiven", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0228", "Ede", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0230", "Elburg", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0232", "Epe", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0233", "Ermelo", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0243", "Harderwijk", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0244", "Hattem", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0246", "Heerde", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0252", "Heumen", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0262", "Lochem", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0263", "Maasdriel", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0267", "Nijkerk", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0268", "Nijmegen", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0269", "Oldebroek", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0273", "Putten", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0274", "Renkum", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0275", "Rheden", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0277", "Rozendaal", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0279", "Scherpenzeel", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0281", "Tiel", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0285", "Voorst", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0289", "Wageningen", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0293", "Westervoort", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0294", "Winterswijk", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0296", "Wijchen", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0297", "Zaltbommel", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0299", "Zevenaar", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM0301", "Zutphen", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0302", "Nunspeet", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM0303", "Dronten", "RE03", "Flevoland", "RE03", "Flevoland" },
                    { "GM0307", "Amersfoort", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0308", "Baarn", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0310", "De Bilt", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0312", "Bunnik", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0313", "Bunschoten", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0317", "Eemnes", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0321", "Houten", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0327", "Leusden", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0331", "Lopik", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0335", "Montfoort", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0339", "Renswoude", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0340", "Rhenen", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0342", "Soest", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0344", "Utrecht", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0345", "Veenendaal", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0351", "Woudenberg", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0352", "Wijk bij Duurstede", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0353", "IJsselstein", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0355", "Zeist", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0356", "Nieuwegein", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0358", "Aalsmeer", "RE05", "Noord-Holland", "RE05", "Amsterdam-Amstelland" },
                    { "GM0361", "Alkmaar", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0362", "Amstelveen", "RE05", "Noord-Holland", "RE05", "Amsterdam-Amstelland" },
                    { "GM0363", "Amsterdam", "RE05", "Noord-Holland", "RE05", "Amsterdam-Amstelland" },
                    { "GM0373", "Bergen (NH.)", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0375", "Beverwijk", "RE04", "Noord-Holland", "RE04", "Kennemerland" },
                    { "GM0376", "Blaricum", "RE03", "Noord-Holland", "RE03", "Gooi en Vechtstreek" },
                    { "GM0377", "Bloemendaal", "RE04", "Noord-Holland", "RE04", "Kennemerland" },
                    { "GM0383", "Castricum", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0384", "Diemen", "RE05", "Noord-Holland", "RE05", "Amsterdam-Amstelland" },
                    { "GM0385", "Edam-Volendam", "RE04", "Noord-Holland", "RE04", "Zaanstreek-Waterland" },
                    { "GM0388", "Enkhuizen", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0392", "Haarlem", "RE04", "Noord-Holland", "RE04", "Kennemerland" },
                    { "GM0394", "Haarlemmermeer", "RE04", "Noord-Holland", "RE04", "Kennemerland" },
                    { "GM0396", "Heemskerk", "RE04", "Noord-Holland", "RE04", "Kennemerland" },
                    { "GM0397", "Heemstede", "RE04", "Noord-Holland", "RE04", "Kennemerland" },
                    { "GM0399", "Heiloo", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0400", "Den Helder", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0402", "Hilversum", "RE03", "Noord-Holland", "RE03", "Gooi en Vechtstreek" },
                    { "GM0405", "Hoorn", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0406", "Huizen", "RE03", "Noord-Holland", "RE03", "Gooi en Vechtstreek" },
                    { "GM0415", "Landsmeer", "RE04", "Noord-Holland", "RE04", "Zaanstreek-Waterland" },
                    { "GM0417", "Laren (NH.)", "RE03", "Noord-Holland", "RE03", "Gooi en Vechtstreek" },
                    { "GM0420", "Medemblik", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0431", "Oostzaan", "RE04", "Noord-Holland", "RE04", "Zaanstreek-Waterland" },
                    { "GM0432", "Opmeer", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0437", "Ouder-Amstel", "RE05", "Noord-Holland", "RE05", "Amsterdam-Amstelland" },
                    { "GM0439", "Purmerend", "RE04", "Noord-Holland", "RE04", "Zaanstreek-Waterland" },
                    { "GM0441", "Schagen", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0448", "Texel", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0450", "Uitgeest", "RE04", "Noord-Holland", "RE04", "Kennemerland" },
                    { "GM0451", "Uithoorn", "RE05", "Noord-Holland", "RE05", "Amsterdam-Amstelland" },
                    { "GM0453", "Velsen", "RE04", "Noord-Holland", "RE04", "Kennemerland" },
                    { "GM0473", "Zandvoort", "RE04", "Noord-Holland", "RE04", "Kennemerland" },
                    { "GM0479", "Zaanstad", "RE04", "Noord-Holland", "RE04", "Zaanstreek-Waterland" },
                    { "GM0482", "Alblasserdam", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM0484", "Alphen aan den Rijn", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0489", "Barendrecht", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM0498", "Drechterland", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0502", "Capelle aan den IJssel", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM0503", "Delft", "RE06", "Zuid-Holland", "RE06", "Haaglanden" },
                    { "GM0505", "Dordrecht", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM0512", "Gorinchem", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM0513", "Gouda", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0518", "'s-Gravenhage", "RE06", "Zuid-Holland", "RE06", "Haaglanden" },
                    { "GM0523", "Hardinxveld-Giessendam", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM0531", "Hendrik-Ido-Ambacht", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM0532", "Stede Broec", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM0534", "Hillegom", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0537", "Katwijk", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0542", "Krimpen aan den IJssel", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM0546", "Leiden", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0547", "Leiderdorp", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0553", "Lisse", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0556", "Maassluis", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM0569", "Nieuwkoop", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0575", "Noordwijk", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0579", "Oegstgeest", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0589", "Oudewater", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0590", "Papendrecht", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM0597", "Ridderkerk", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM0599", "Rotterdam", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM0603", "Rijswijk (ZH.)", "RE06", "Zuid-Holland", "RE06", "Haaglanden" },
                    { "GM0606", "Schiedam", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM0610", "Sliedrecht", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM0613", "Albrandswaard", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM0622", "Vlaardingen", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM0626", "Voorschoten", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0627", "Waddinxveen", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0629", "Wassenaar", "RE06", "Zuid-Holland", "RE06", "Haaglanden" },
                    { "GM0632", "Woerden", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0637", "Zoetermeer", "RE06", "Zuid-Holland", "RE06", "Haaglanden" },
                    { "GM0638", "Zoeterwoude", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM0642", "Zwijndrecht", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM0654", "Borsele", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0664", "Goes", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0668", "West Maas en Waal", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM0677", "Hulst", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0678", "Kapelle", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0687", "Middelburg (Z.)", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0703", "Reimerswaal", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0715", "Terneuzen", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0716", "Tholen", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0717", "Veere", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0718", "Vlissingen", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM0736", "De Ronde Venen", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM0737", "Tytsjerksteradiel", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM0743", "Asten", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0744", "Baarle-Nassau", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0748", "Bergen op Zoom", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0753", "Best", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0755", "Boekel", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM0757", "Boxtel", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM0758", "Breda", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0762", "Deurne", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0765", "Pekela", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM0766", "Dongen", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0770", "Eersel", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0772", "Eindhoven", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0777", "Etten-Leur", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0779", "Geertruidenberg", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0784", "Gilze en Rijen", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0785", "Goirle", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0794", "Helmond", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0796", "'s-Hertogenbosch", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM0797", "Heusden", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM0798", "Hilvarenbeek", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0809", "Loon op Zand", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0820", "Nuenen, Gerwen en Nederwetten", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0823", "Oirschot", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0824", "Oisterwijk", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0826", "Oosterhout", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0828", "Oss", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM0840", "Rucphen", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0845", "Sint-Michielsgestel", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM0847", "Someren", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0848", "Son en Breugel", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0851", "Steenbergen", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0852", "Waterland", "RE04", "Noord-Holland", "RE04", "Zaanstreek-Waterland" },
                    { "GM0855", "Tilburg", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0858", "Valkenswaard", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0861", "Veldhoven", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0865", "Vught", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM0866", "Waalre", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM0867", "Waalwijk", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0873", "Woensdrecht", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0879", "Zundert", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM0880", "Wormerland", "RE04", "Noord-Holland", "RE04", "Zaanstreek-Waterland" },
                    { "GM0882", "Landgraaf", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0888", "Beek (L.)", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0889", "Beesel", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM0893", "Bergen (L.)", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM0899", "Brunssum", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0907", "Gennep", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM0917", "Heerlen", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0928", "Kerkrade", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0935", "Maastricht", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0938", "Meerssen", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0944", "Mook en Middelaar", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM0946", "Nederweert", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM0957", "Roermond", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM0965", "Simpelveld", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0971", "Stein (L.)", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0981", "Vaals", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0983", "Venlo", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM0984", "Venray", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM0986", "Voerendaal", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0988", "Weert", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM0994", "Valkenburg aan de Geul", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM0995", "Lelystad", "RE03", "Flevoland", "RE03", "Flevoland" },
                    { "GM1507", "Horst aan de Maas", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM1509", "Oude IJsselstreek", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM1525", "Teylingen", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM1581", "Utrechtse Heuvelrug", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM1586", "Oost Gelre", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM1598", "Koggenland", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM1621", "Lansingerland", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM1640", "Leudal", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM1641", "Maasgouw", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM1652", "Gemert-Bakel", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM1655", "Halderberge", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM1658", "Heeze-Leende", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM1659", "Laarbeek", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM1667", "Reusel-De Mierden", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM1669", "Roerdalen", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM1674", "Roosendaal", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM1676", "Schouwen-Duiveland", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM1680", "Aa en Hunze", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM1681", "Borger-Odoorn", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM1690", "De Wolden", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM1695", "Noord-Beveland", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM1696", "Wijdemeren", "RE03", "Noord-Holland", "RE03", "Gooi en Vechtstreek" },
                    { "GM1699", "Noordenveld", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM1700", "Twenterand", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM1701", "Westerveld", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM1705", "Lingewaard", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM1706", "Cranendonck", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM1708", "Steenwijkerland", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM1709", "Moerdijk", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM1711", "Echt-Susteren", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM1714", "Sluis", "RE08", "Zeeland", "RE08", "Zeeland" },
                    { "GM1719", "Drimmelen", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM1721", "Bernheze", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM1723", "Alphen-Chaam", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM1724", "Bergeijk", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM1728", "Bladel", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM1729", "Gulpen-Wittem", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM1730", "Tynaarlo", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM1731", "Midden-Drenthe", "RE01", "Drenthe", "RE01", "Drenthe" },
                    { "GM1734", "Overbetuwe", "RE02", "Gelderland", "RE02", "Gelderland-Midden" },
                    { "GM1735", "Hof van Twente", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM1740", "Neder-Betuwe", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM1742", "Rijssen-Holten", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM1771", "Geldrop-Mierlo", "RE09", "Noord-Brabant", "RE09", "Brabant-Zuidoost" },
                    { "GM1773", "Olst-Wijhe", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM1774", "Dinkelland", "RE02", "Overijssel", "RE02", "Twente" },
                    { "GM1783", "Westland", "RE06", "Zuid-Holland", "RE06", "Haaglanden" },
                    { "GM1842", "Midden-Delfland", "RE06", "Zuid-Holland", "RE06", "Haaglanden" },
                    { "GM1859", "Berkelland", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM1876", "Bronckhorst", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM1883", "Sittard-Geleen", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM1884", "Kaag en Braassem", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM1891", "Dantumadiel", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM1892", "Zuidplas", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM1894", "Peel en Maas", "RE10", "Limburg", "RE10", "Limburg-Noord" },
                    { "GM1895", "Oldambt", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM1896", "Zwartewaterland", "RE02", "Overijssel", "RE02", "IJsselland" },
                    { "GM1900", "Súdwest-Fryslân", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM1901", "Bodegraven-Reeuwijk", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM1903", "Eijsden-Margraten", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM1904", "Stichtse Vecht", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM1911", "Hollands Kroon", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM1916", "Leidschendam-Voorburg", "RE06", "Zuid-Holland", "RE06", "Haaglanden" },
                    { "GM1924", "Goeree-Overflakkee", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM1926", "Pijnacker-Nootdorp", "RE06", "Zuid-Holland", "RE06", "Haaglanden" },
                    { "GM1930", "Nissewaard", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" },
                    { "GM1931", "Krimpenerwaard", "RE06", "Zuid-Holland", "RE06", "Hollands-Midden" },
                    { "GM1940", "De Fryske Marren", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM1942", "Gooise Meren", "RE03", "Noord-Holland", "RE03", "Gooi en Vechtstreek" },
                    { "GM1945", "Berg en Dal", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM1948", "Meierijstad", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM1949", "Waadhoeke", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM1950", "Westerwolde", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM1952", "Midden-Groningen", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM1954", "Beekdaelen", "RE10", "Limburg", "RE10", "Limburg-Zuid" },
                    { "GM1955", "Montferland", "RE02", "Gelderland", "RE02", "Noord- en Oost-Gelderland" },
                    { "GM1959", "Altena", "RE08", "Noord-Brabant", "RE08", "Midden- en West-Brabant" },
                    { "GM1960", "West Betuwe", "RE02", "Gelderland", "RE02", "Gelderland-Zuid" },
                    { "GM1961", "Vijfheerenlanden", "RE03", "Utrecht", "RE03", "Utrecht" },
                    { "GM1963", "Hoeksche Waard", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM1966", "Het Hogeland", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM1969", "Westerkwartier", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM1970", "Noardeast-Fryslân", "RE01", "Fryslân", "RE01", "Fryslân" },
                    { "GM1978", "Molenlanden", "RE07", "Zuid-Holland", "RE07", "Zuid-Holland-Zuid" },
                    { "GM1979", "Eemsdelta", "RE01", "Groningen", "RE01", "Groningen" },
                    { "GM1980", "Dijk en Waard", "RE04", "Noord-Holland", "RE04", "Noord-Holland-Noord" },
                    { "GM1982", "Land van Cuijk", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM1991", "Maashorst", "RE09", "Noord-Brabant", "RE09", "Brabant-Noord" },
                    { "GM1992", "Voorne aan Zee", "RE07", "Zuid-Holland", "RE07", "Rotterdam-Rijnmond" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganisationId",
                table: "AspNetUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ActorId",
                table: "AuditEvents",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ObjectType_ObjectId",
                table: "AuditEvents",
                columns: new[] { "ObjectType", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OccurredAt",
                table: "AuditEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_At",
                table: "CaseEvents",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedTo",
                table: "Cases",
                column: "AssignedTo");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Reference",
                table: "Cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegionId_Status_OpenedAt",
                table: "Cases",
                columns: new[] { "RegionId", "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ResponsibleMunicipalityCode",
                table: "Cases",
                column: "ResponsibleMunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_FundingDisputes_CaseId",
                table: "FundingDisputes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingDisputes_ResolvedAt",
                table: "FundingDisputes",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_Name",
                table: "Municipalities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_PoliceUnitId",
                table: "Municipalities",
                column: "PoliceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_RegionId",
                table: "Municipalities",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_MunicipalityCode",
                table: "Organisations",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_PoliceUnitId",
                table: "Organisations",
                column: "PoliceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_RegionId",
                table: "Organisations",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseId",
                table: "Referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_RecipientOrganisationId_Status_SentAt",
                table: "Referrals",
                columns: new[] { "RecipientOrganisationId", "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Name",
                table: "Regions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportIndicators_IndicatorCode",
                table: "ReportIndicators",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_CaseId",
                table: "Reports",
                column: "CaseId");

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
                name: "IX_Reports_RegionId_Status_TriageDueAt",
                table: "Reports",
                columns: new[] { "RegionId", "Status", "TriageDueAt" });

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
                name: "IX_Reports_SubmittedBy",
                table: "Reports",
                column: "SubmittedBy");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRules_RegionId",
                table: "RoutingRules",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ShelterPlacements_CaseId",
                table: "ShelterPlacements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ShelterPlacements_OrganisationId",
                table: "ShelterPlacements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_ExpiresAt",
                table: "UserSessions",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");

            // Added to the generated migration: the audit trail is append-only for every database role that
            // does not own the table (and a hash chain shows tampering by those who do).
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Het auditspoor kan alleen worden aangevuld (% is niet toegestaan)', TG_OP;
                END
                $$;
                CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
                CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "AuditEvents"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_events_no_truncate ON "AuditEvents";
                DROP TRIGGER IF EXISTS audit_events_no_change ON "AuditEvents";
                DROP FUNCTION IF EXISTS audit_events_append_only();
                """);

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseForms");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "FundingDisputes");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "ReportForms");

            migrationBuilder.DropTable(
                name: "ReportIndicators");

            migrationBuilder.DropTable(
                name: "RoutingRules");

            migrationBuilder.DropTable(
                name: "ShelterPlacements");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Municipalities");

            migrationBuilder.DropTable(
                name: "PoliceUnits");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
