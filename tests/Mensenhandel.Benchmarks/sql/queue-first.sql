-- /meldingen, first page, coordinator of RE04: the four queries of Pages/Meldingen/Index (counts, overdue, total, page).
SELECT "Status", count(*) FROM "Reports" WHERE "RegionId" = 'RE04' GROUP BY "Status";
SELECT count(*) FROM "Reports" WHERE "RegionId" = 'RE04' AND "TriagedAt" IS NULL AND "TriageDueAt" < now();
SELECT count(*) FROM "Reports" WHERE "RegionId" = 'RE04';
SELECT r."Id", r."Reference", r."SubmittedAt", m."Name", r."AcuteDanger", r."VictimPossiblyMinor", r."Status", r."TriageDueAt"
FROM "Reports" r LEFT JOIN "Municipalities" m ON r."MunicipalityCode" = m."Code"
WHERE r."RegionId" = 'RE04'
ORDER BY r."TriagedAt" IS NULL DESC, CASE WHEN r."TriagedAt" IS NULL THEN r."TriageDueAt" ELSE '-infinity'::timestamptz END,
         r."SubmittedAt" DESC, r."Id" DESC
LIMIT 25;
