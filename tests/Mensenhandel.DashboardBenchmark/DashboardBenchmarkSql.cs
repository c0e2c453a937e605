namespace Mensenhandel.Benchmarks;

/// <summary>
/// Deterministic bulk data for the dashboard benchmark, generated inside PostgreSQL (generate_series, no random
/// numbers: every value follows from the row number), so two runs build the same database.
/// </summary>
internal static class DashboardBenchmarkSql
{
    public static string Reports(int count) => $"""
        WITH m AS (SELECT "Code", "RegionId", (row_number() OVER (ORDER BY "Code") - 1)::int AS idx FROM "Municipalities"),
        s AS (SELECT i, timestamptz '2026-11-01 00:00:00+00' - ((i::bigint * 104729) % (730 * 24 * 60)) * interval '1 minute' AS at
              FROM generate_series(1, {count}) i)
        INSERT INTO "Reports" ("Id", "Reference", "FollowUpCodeHash", "SubmissionKey", "SubmittedAt", "Status", "MunicipalityCode",
            "RegionId", "AcuteDanger", "Description", "VictimAgeGroup", "VictimPossiblyMinor", "VictimGender", "VictimKnowsAboutReport",
            "VictimConsent", "ReporterAnonymous", "ReporterSector", "SafeToContactVictim", "TriageDueAt", "TriagedAt")
        SELECT md5('r' || s.i)::uuid, 'MH-B-' || s.i, 'benchmark', md5('k' || s.i)::uuid, s.at, 'Received', m."Code",
            m."RegionId", s.i % 7 = 0, '', CASE WHEN s.i % 4 = 0 THEN 'Minor' ELSE 'From23' END, s.i % 4 = 0, 'Unknown', 'Unknown',
            'Unknown', true,
            (ARRAY['Education','YouthCare','Care','Municipality','Police','LabourInspectorate','Shelter','SocialWork','Other'])[1 + s.i % 9],
            'Unknown', s.at + interval '3 days',
            CASE WHEN s.i % 5 = 0 THEN NULL ELSE s.at + ((s.i::bigint * 31) % (6 * 24 * 60)) * interval '1 minute' END
        FROM s JOIN m ON m.idx = (s.i::bigint * 7919) % (SELECT count(*) FROM m);

        INSERT INTO "ReportForms" ("ReportId", "Form")
        SELECT md5('r' || i)::uuid, (ARRAY['Sexual','Labour','Criminal','OrganRemoval','Unknown'])[1 + (i * 13) % 5] FROM generate_series(1, {count}) i
        UNION ALL
        SELECT md5('r' || i)::uuid, (ARRAY['Sexual','Labour','Criminal','OrganRemoval','Unknown'])[1 + (i * 13 + 1) % 5] FROM generate_series(1, {count}) i WHERE i % 10 = 0;
        """;

    public static string Cases(int count) => $"""
        WITH m AS (SELECT "Code", "RegionId", (row_number() OVER (ORDER BY "Code") - 1)::int AS idx FROM "Municipalities")
        INSERT INTO "Cases" ("Id", "Reference", "RegionId", "AssignedTo", "Status", "OpenedAt", "ClosedAt", "PossiblyMinor", "Consent",
            "ResponsibleMunicipalityCode", "Version")
        SELECT md5('c' || i)::uuid, 'CS-B-' || i, m."RegionId", 'benchmark', CASE WHEN i % 3 = 0 THEN 'Closed' ELSE 'InProgress' END,
            timestamptz '2026-11-01 00:00:00+00' - ((i::bigint * 7907) % (730 * 24 * 60)) * interval '1 minute',
            NULL, i % 4 = 0, 'Unknown', m."Code", 0
        FROM generate_series(1, {count}) i JOIN m ON m.idx = (i::bigint * 104723) % (SELECT count(*) FROM m);

        INSERT INTO "CaseForms" ("CaseId", "Form")
        SELECT md5('c' || i)::uuid, (ARRAY['Sexual','Labour','Criminal','OrganRemoval','Unknown'])[1 + (i * 17) % 5] FROM generate_series(1, {count}) i;

        INSERT INTO "Referrals" ("Id", "CaseId", "Kind", "Status", "SharesIdentity", "LegalGround", "Request", "SentBy", "SentAt", "Version")
        SELECT md5('f' || i)::uuid, md5('c' || i)::uuid, (ARRAY['Police','CareProvider','Shelter','Municipality'])[1 + i % 4],
            (ARRAY['Sent','Accepted','Rejected','Completed','Revoked'])[1 + (i * 7) % 5], false, 'None', 'benchmark', 'benchmark',
            timestamptz '2026-11-01 00:00:00+00', 0
        FROM generate_series(1, {count}) i;

        INSERT INTO "FundingDisputes" ("Id", "CaseId", "MunicipalityCodes", "OpenedBy", "OpenedAt")
        SELECT md5('d' || i)::uuid, md5('c' || i)::uuid, 'GM0344,GM0361', 'benchmark', timestamptz '2026-10-01 00:00:00+00'
        FROM generate_series(1, {count}) i WHERE i % 50 = 0;

        ANALYZE;
        """;
}
