-- /melden: the reference lists the form shows (municipalities, indicators).
SELECT "Code", "Name" FROM "Municipalities" ORDER BY "Name";
SELECT * FROM "Indicators";
