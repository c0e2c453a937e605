-- /meldingen, first page, coordinator of RE04: the queries Pages/Meldingen/Index runs on every request.
-- (The counts over the region's history, per status and of triaged meldingen, are cached for 15 s: not here.)
SELECT count(*) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received';
SELECT count(*) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received' AND "TriageDueAt" < now();
SELECT "Code", "Name" FROM "Municipalities" WHERE "RegionId" = 'RE04' ORDER BY "Name";
SELECT count(*) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received';
SELECT r."Id", r."Reference", r."SubmittedAt", (SELECT m."Name" FROM "Municipalities" m WHERE m."Code" = r."MunicipalityCode" LIMIT 1),
       r."AcuteDanger", r."VictimPossiblyMinor", r."Status", r."TriageDueAt"
FROM "Reports" r WHERE r."RegionId" = 'RE04' AND r."Status" = 'Received'
ORDER BY r."TriageDueAt", r."Reference" LIMIT 25;
