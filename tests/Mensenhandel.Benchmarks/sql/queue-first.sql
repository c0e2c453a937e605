-- /meldingen, first page, coordinator of RE04: the queries Pages/Meldingen/Index runs on every request (waiting and
-- overdue counted in one pass; the page's ids from the covering index, then those rows by id (here by the same
-- subquery, with constants); municipality names come from the cached reference list). The counts over the
-- region's history are cached for 15 s, the session lookup is the portal's, not the page's: not here.
SELECT count(*), count(*) FILTER (WHERE "TriageDueAt" < now()) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received';
SELECT p."Id" FROM "Reports" p WHERE p."RegionId" = 'RE04' AND p."Status" = 'Received'
ORDER BY p."TriageDueAt", p."Reference" LIMIT 25;
SELECT r."Id", r."Reference", r."SubmittedAt", r."MunicipalityCode", r."AcuteDanger", r."VictimPossiblyMinor", r."Status", r."TriageDueAt"
FROM "Reports" r WHERE r."Id" IN (SELECT p."Id" FROM "Reports" p WHERE p."RegionId" = 'RE04' AND p."Status" = 'Received'
  ORDER BY p."TriageDueAt", p."Reference" LIMIT 25);
