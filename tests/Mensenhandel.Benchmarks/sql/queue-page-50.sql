-- /meldingen?pagina=50, coordinator of RE04: the per-request queries; past the meldingen awaiting triage the page
-- is read from the triaged ones in index order (newest first). The history counts are cached (15 s): not here.
SELECT count(*), count(*) FILTER (WHERE "TriageDueAt" < now()) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received';
SELECT r."Id", r."Reference", r."SubmittedAt", r."MunicipalityCode", r."AcuteDanger", r."VictimPossiblyMinor", r."Status", r."TriageDueAt"
FROM "Reports" r WHERE r."RegionId" = 'RE04' AND r."Status" <> 'Received'
ORDER BY r."SubmittedAt" DESC, r."Reference" DESC LIMIT 25 OFFSET 1200;
