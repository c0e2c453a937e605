-- /meldingen?pagina=50, coordinator of RE04: the per-request queries; past the meldingen awaiting triage the page
-- is read from the triaged ones in index order (newest first). The history counts are cached (15 s): not here.
SELECT count(*) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received';
SELECT count(*) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received' AND "TriageDueAt" < now();
SELECT "Code", "Name" FROM "Municipalities" WHERE "RegionId" = 'RE04' ORDER BY "Name";
SELECT count(*) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received';
SELECT r."Id", r."Reference", r."SubmittedAt", (SELECT m."Name" FROM "Municipalities" m WHERE m."Code" = r."MunicipalityCode" LIMIT 1),
       r."AcuteDanger", r."VictimPossiblyMinor", r."Status", r."TriageDueAt"
FROM "Reports" r WHERE r."RegionId" = 'RE04' AND r."Status" <> 'Received'
ORDER BY r."SubmittedAt" DESC, r."Reference" DESC LIMIT 25 OFFSET 1200;
