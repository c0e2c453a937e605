-- /meldingen?status=Received, coordinator of RE04: the queries Pages/Meldingen/Index runs on every request.
SELECT count(*), count(*) FILTER (WHERE "TriageDueAt" < now()) FROM "Reports" WHERE "RegionId" = 'RE04' AND "Status" = 'Received';
SELECT r."Id", r."Reference", r."SubmittedAt", r."MunicipalityCode", r."AcuteDanger", r."VictimPossiblyMinor", r."Status", r."TriageDueAt"
FROM "Reports" r WHERE r."RegionId" = 'RE04' AND r."Status" = 'Received'
ORDER BY r."TriageDueAt", r."Reference" LIMIT 25;
