-- Description is written in plaintext although the portal encrypts it: the queue pages never read it (only a melding detail page would, and would refuse). Identity-free benchmark data.
-- 100,000 meldingen in Noord-Holland (RE04) over ten years; about 300 still awaiting triage.
INSERT INTO "Reports" ("Id","Reference","FollowUpCodeHash","SubmissionKey","SubmittedAt","Status","MunicipalityCode","RegionId","AcuteDanger",
  "Description","VictimAgeGroup","VictimPossiblyMinor","VictimGender","VictimKnowsAboutReport","VictimConsent","ReporterAnonymous","ReporterSector",
  "SafeToContactVictim","TriageDueAt","TriagedAt","TriagedBy","ClosingReason")
SELECT gen_random_uuid(), 'MH-' || (2016 + i / 10000) || '-' || lpad((500000 + i % 10000)::text, 6, '0'), md5(i::text), gen_random_uuid(),
  now() - make_interval(secs => (100000 - i) * 3153.6), CASE WHEN i > 99700 THEN 'Received' WHEN i % 3 = 0 THEN 'Closed' ELSE 'InProgress' END,
  (ARRAY['GM0361','GM0373','GM0375','GM0377','GM0383','GM0385','GM0388','GM0392'])[1 + i % 8], 'RE04', i % 17 = 0,
  'Synthetische melding ' || i, 'From18To23', i % 11 = 0, 'Female', 'Unknown', 'Unknown', true, 'Education', 'Unknown',
  now() - make_interval(secs => (100000 - i) * 3153.6) + interval '3 days',
  CASE WHEN i > 99700 THEN NULL ELSE now() - make_interval(secs => (100000 - i) * 3153.6) + interval '1 day' END,
  CASE WHEN i > 99700 THEN NULL ELSE 'bench' END, CASE WHEN i > 99700 OR i % 3 <> 0 THEN NULL ELSE 'InsufficientInformation' END
FROM generate_series(1, 100000) AS i;
INSERT INTO "ReportForms" ("ReportId","Form")
SELECT "Id", (ARRAY['Sexual','Labour','Criminal','Unknown'])[1 + abs(hashtext("Id"::text)) % 4] FROM "Reports" WHERE "Description" LIKE 'Synthetische%';
ANALYZE;
