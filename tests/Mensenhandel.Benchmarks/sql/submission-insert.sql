-- The writes of one submission: a melding-sized row plus its outbox row, in one transaction.
BEGIN;
WITH r AS (
  INSERT INTO "Reports" ("Id", "Reference", "FollowUpCodeHash", "SubmissionKey", "SubmittedAt", "Status", "MunicipalityCode", "RegionId",
    "AcuteDanger", "Description", "VictimAgeGroup", "VictimPossiblyMinor", "VictimGender", "VictimKnowsAboutReport", "VictimConsent",
    "ReporterAnonymous", "ReporterSector", "SafeToContactVictim", "TriageDueAt")
  VALUES (gen_random_uuid(), left('BX' || replace(gen_random_uuid()::text, '-', ''), 20), repeat('a', 64), gen_random_uuid(), now(), 'Received',
    'GM0361', 'RE04', false, repeat('Een jonge vrouw werkt elke dag in de kas. ', 4), 'From18To23', false, 'Female', 'Yes', 'Given',
    true, 'Education', 'No', now() + interval '5 days')
  RETURNING "Id")
INSERT INTO "OutboxMessages" ("Id", "Type", "ReportId", "RegionId", "CreatedAt", "NextAttemptAt", "Attempts")
SELECT gen_random_uuid(), 'NewReport', "Id", 'RE04', now(), now(), 0 FROM r;
COMMIT;
