-- /meldingen?pagina=50, coordinator of RE04: the per-request queries; past the meldingen awaiting triage the page
-- is read from the triaged ones in index order (newest first): first its 25 ids from the covering index
-- (an index-only scan past the skipped rows), then those rows. The page sends these as two statements; here they
-- are one. The history counts are cached (15 s): not here.
SELECT count(*), count(*) FILTER (WHERE "TriageDueAt" < now()) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received';
SELECT r."Id", r."Reference", r."SubmittedAt", r."MunicipalityCode", r."AcuteDanger", r."VictimPossiblyMinor", r."Status", r."TriageDueAt"
FROM "Reports" r WHERE r."Id" IN (
  SELECT p."Id" FROM "Reports" p WHERE p."RegionId" = 'RE04' AND p."Status" <> 'Received'
  ORDER BY p."SubmittedAt" DESC, p."Reference" DESC LIMIT 25 OFFSET 1200);
