-- /casussen/{id}: the casus, its timeline, referrals and meldingen (pgbench -D case_id=…).
SELECT * FROM "Cases" WHERE "Id" = ':case_id'::uuid;
SELECT * FROM "CaseEvents" WHERE "CaseId" = ':case_id'::uuid ORDER BY "At";
SELECT * FROM "Referrals" WHERE "CaseId" = ':case_id'::uuid ORDER BY "SentAt";
SELECT "Id", "Reference", "SubmittedAt", "Status" FROM "Reports" WHERE "CaseId" = ':case_id'::uuid;
