using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mensenhandel.Data;
using Mensenhandel.Data.ReferenceData;
using Mensenhandel.Data.Statistics;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Benchmarks;

/// <summary>
/// Fills a migrated PostgreSQL database with synthetic, deterministic data (same seed, same rows) in the ratios
/// of issue 8: per 1,000,000 meldingen 200,000 casussen, 300,000 verwijzingen and 5,000,000 audit events, over
/// the ten years before now, across all 342 municipalities (weighted like their population) with seasonality
/// and growth. Writes with binary COPY, straight into the tables of the current EF Core model (column lists
/// below; a schema change breaks the COPY loudly rather than silently). Run the portal once on the database
/// first (Development seeds the demo organisations and accounts), then generate.
/// </summary>
public sealed class Generator(NpgsqlDataSource dataSource, int reports, int seed)
{
    /// <summary>
    /// Every identifying or free-text value goes through here before it is written: with <c>--field-keys</c> the
    /// portal's field cipher (AES-GCM, as the portal's value converters write it), so the portal can read the
    /// generated rows; without it the identity (plaintext, which the portal refuses to read).
    /// </summary>
    public Func<string?, string?> Protect { get; init; } = value => value;

    private readonly Random _random = new(seed);
    private static readonly DateTimeOffset End = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = End.AddYears(-10);

    public static async Task<int> RunAsync(Options options)
    {
        var connection = options.Required("connection");
        var reports = options.Number("meldingen", 100_000);
        var seed = options.Number("seed", 20261122);
        var clock = Stopwatch.StartNew();

        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseMensenhandelDatabase(DatabaseProvider.Postgres, connection);
        await using (var db = new AppDbContext(builder.Options))
        {
            await db.Database.MigrateAsync();
            if (await db.Reports.AnyAsync()) throw new InvalidOperationException("The database already has meldingen: generate into a fresh one.");
        }

        // A COPY of a million rows ends with index and foreign-key work that takes longer than the default 30 s.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connection) { CommandTimeout = 0 }.ConnectionString);
        var cipher = options.Optional("field-keys") is { } keyFile ? FieldKeys(keyFile) : null;
        await new Generator(dataSource, reports, seed) { Protect = value => value is null || cipher is null ? value : cipher.Encrypt(value) }.GenerateAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {reports:N0} meldingen (+ ratios) in {clock.Elapsed.TotalSeconds:F1} s"));

        // The dashboard's monthly facts, so its first view does not count ten years of meldingen on the request.
        var counting = Stopwatch.StartNew();
        await using (var db = new AppDbContext(builder.Options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            var now = DateTimeOffset.UtcNow;
            var months = new List<DateTimeOffset>();
            for (var month = DutchMonths.Of(Start); month < DutchMonths.Of(now); month = DutchMonths.Add(month, 1)) months.Add(month);
            await new ReportFacts(db).EnsureAsync(months, now, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dashboard facts of {months.Count} months in {counting.Elapsed.TotalSeconds:F1} s"));
        }
        return 0;
    }

    /// <summary>
    /// The portal's field keys (the Development key file it writes on first start, or one with the same shape),
    /// so generated rows are encrypted exactly as the portal's own and the portal can read them.
    /// </summary>
    private static Mensenhandel.Domain.Privacy.FieldCipher FieldKeys(string path)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var keys = root.GetProperty("Keys").EnumerateObject().ToDictionary(k => k.Name, k => Convert.FromBase64String(k.Value.GetString()!), StringComparer.Ordinal);
        return new Mensenhandel.Domain.Privacy.FieldCipher(keys, root.GetProperty("ActiveKeyId").GetString()!);
    }

    private sealed record ReportRow(Guid Id, DateTimeOffset SubmittedAt, string Municipality, string Region, Guid? CaseId);
    private sealed record CaseRow(Guid Id, string Region, DateTimeOffset OpenedAt, string Municipality);

    public async Task GenerateAsync()
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var municipalities = ReferenceCatalogue.Municipalities;
        var weights = municipalities.Select(m => PopulationWeight(m.Code)).ToArray();
        var cumulative = Cumulative(weights);
        var coordinators = await CoordinatorsByRegionAsync(connection);
        var organisations = await ReadListAsync(connection, """SELECT "Id"::text FROM "Organisations" WHERE "IsActive" ORDER BY "Id" """);

        var caseCount = reports / 5;
        var times = Enumerable.Range(0, reports).Select(_ => SubmissionTime()).Order().ToArray();
        var reportRows = new List<ReportRow>(reports);
        var cases = new List<CaseRow>(caseCount);
        var openEvery = reports / Math.Max(1, caseCount);
        for (var i = 0; i < reports; i++)
        {
            var m = municipalities[Pick(cumulative)];
            var region = m.RegionId;
            Guid? caseId = null;
            // Every fifth melding (not among the last weeks') opened a casus.
            if (cases.Count < caseCount && i % openEvery == 0 && times[i] < End.AddDays(-21))
            {
                caseId = Guid.CreateVersion7(times[i]);
                cases.Add(new CaseRow(caseId.Value, region, times[i].AddDays(_random.Next(1, 6)), m.Code));
            }
            reportRows.Add(new ReportRow(Guid.CreateVersion7(times[i]), times[i], m.Code, region, caseId));
        }

        // Casussen first: meldingen and verwijzingen point at them.
        var step = Stopwatch.StartNew();
        var caseNumbers = await WriteCasesAsync(connection, cases, coordinators);
        Console.WriteLine($"  casussen {cases.Count:N0} (+ timeline) in {step.Elapsed.TotalSeconds:F1} s");
        step.Restart();
        var lastNumbers = await WriteReportsAsync(connection, reportRows);
        Console.WriteLine($"  meldingen {reportRows.Count:N0} in {step.Elapsed.TotalSeconds:F1} s");
        step.Restart();
        var referrals = await WriteReferralsAsync(connection, cases, coordinators, organisations, reports * 3 / 10);
        Console.WriteLine($"  verwijzingen {referrals:N0} in {step.Elapsed.TotalSeconds:F1} s");
        step.Restart();
        var audits = await WriteAuditEventsAsync(connection, reportRows, cases, coordinators, reports * 5);
        Console.WriteLine($"  audit events {audits:N0} in {step.Elapsed.TotalSeconds:F1} s");
        step.Restart();
        await MoveReferenceNumbersPastAsync(connection, ReferenceCounter.Reports, lastNumbers);
        await MoveReferenceNumbersPastAsync(connection, ReferenceCounter.Cases, caseNumbers);
        // A database that has held ten years of meldingen has been vacuumed: its visibility map marks the old
        // rows all-visible (index-only scans read no table pages). Vacuuming here, not during the load, keeps the
        // insert-triggered autovacuum of millions of just-copied rows out of the measured minutes.
        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 }) await vacuum.ExecuteNonQueryAsync();
        Console.WriteLine($"  counters + VACUUM (ANALYZE) in {step.Elapsed.TotalSeconds:F1} s");
    }

    // ---- distributions ---------------------------------------------------------------------------------

    /// <summary>
    /// gemeenten.csv has no population, so the 25 largest municipalities get their approximate population
    /// (CBS, 1 January 2024, rounded) and the others a deterministic log-normal size around 30,000.
    /// </summary>
    private static double PopulationWeight(string code) => code switch
    {
        "GM0363" => 930_000, "GM0599" => 670_000, "GM0518" => 570_000, "GM0344" => 375_000, "GM0772" => 245_000,
        "GM0014" => 240_000, "GM0855" => 230_000, "GM0034" => 225_000, "GM0758" => 190_000, "GM0268" => 185_000,
        "GM0193" => 165_000, "GM0200" => 165_000, "GM0202" => 165_000, "GM0392" => 165_000,
        "GM0796" => 160_000, "GM0361" => 110_000, "GM0153" => 165_000, "GM0479" => 160_000, "GM0935" => 125_000,
        "GM0546" => 130_000, "GM0307" => 160_000, "GM0603" => 160_000, "GM0394" => 160_000, "GM0080" => 125_000,
        _ => 30_000 * Math.Exp(0.6 * Gaussian(new Random(StableSeed(code)))),
    };

    private static int StableSeed(string text) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double[] Cumulative(double[] weights)
    {
        var result = new double[weights.Length];
        var sum = 0d;
        for (var i = 0; i < weights.Length; i++) result[i] = sum += weights[i];
        for (var i = 0; i < weights.Length; i++) result[i] /= sum;
        return result;
    }

    private int Pick(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, _random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    /// <summary>Ten years, 6% more per year, a summer peak (seasonal work) and office hours on weekdays.</summary>
    private DateTimeOffset SubmissionTime()
    {
        while (true)
        {
            var at = Start.AddSeconds(_random.NextDouble() * (End - Start).TotalSeconds);
            var years = (at - Start).TotalDays / 365.25;
            var weight = Math.Pow(1.06, years) / Math.Pow(1.06, 10)
                         * (1 + 0.3 * Math.Cos(2 * Math.PI * (at.Month - 7) / 12.0))
                         * (at.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.35 : 1)
                         * (at.Hour is >= 8 and < 18 ? 1 : 0.25);
            if (_random.NextDouble() * 1.3 < weight) return at;
        }
    }

    private T One<T>(params T[] values) => values[_random.Next(values.Length)];

    private T Weighted<T>(params (T Value, double Weight)[] values)
    {
        var x = _random.NextDouble() * values.Sum(v => v.Weight);
        foreach (var (value, weight) in values)
        {
            if ((x -= weight) < 0) return value;
        }
        return values[^1].Value;
    }

    private string Text(int words)
    {
        string[] vocabulary =
        [
            "werkt", "elke", "dag", "in", "de", "kas", "wordt", "gebracht", "door", "een", "man", "slaapt", "op",
            "locatie", "heeft", "geen", "paspoort", "schuld", "bij", "werkgever", "mag", "niet", "alleen", "naar",
            "buiten", "bang", "spreekt", "weinig", "Nederlands", "massagesalon", "nagelstudio", "bouwplaats",
            "telefoon", "afgepakt", "vaak", "verschillende", "adressen", "jonge", "vrouw", "jongen", "moe",
        ];
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++) builder.Append(i == 0 ? "" : " ").Append(vocabulary[_random.Next(vocabulary.Length)]);
        return builder.Append('.').ToString();
    }

    // ---- tables ----------------------------------------------------------------------------------------

    private async Task<Dictionary<int, int>> WriteReportsAsync(NpgsqlConnection connection, List<ReportRow> rows)
    {
        var numbers = new Dictionary<int, int>();
        var ages = Enum.GetNames<AgeGroup>();
        var genders = Enum.GetNames<Gender>();
        var answers = Enum.GetNames<Answer>();
        var consents = Enum.GetNames<Consent>();
        var sectors = Enum.GetNames<Sector>();
        var closing = Enum.GetNames<ReportClosingReason>();
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "Reports" ("Id", "Reference", "FollowUpCodeHash", "SubmissionKey", "SubmittedAt", "SubmittedBy", "Status",
              "MunicipalityCode", "RegionId", "AcuteDanger", "Description", "OtherSignals", "PlaceDescription", "ObservedOn",
              "VictimAgeGroup", "VictimPossiblyMinor", "VictimGender", "VictimNationality", "VictimLanguages", "VictimNameOrInitials",
              "VictimKnowsAboutReport", "VictimConsent", "ReporterAnonymous", "ReporterName", "ReporterOrganisation", "ReporterSector",
              "ReporterPhone", "ReporterEmail", "SafeToContactVictim", "TriageDueAt", "CaseId", "TriagedAt", "TriagedBy", "ClosingReason")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var r in rows)
            {
                var year = r.SubmittedAt.Year;
                numbers[year] = numbers.GetValueOrDefault(year) + 1;
                var recent = r.SubmittedAt > End.AddDays(-21);
                var status = r.CaseId is not null ? nameof(ReportStatus.InProgress)
                    : recent && _random.NextDouble() < 0.7 ? nameof(ReportStatus.Received)
                    : nameof(ReportStatus.Closed);
                var triaged = status != nameof(ReportStatus.Received);
                var age = Weighted((ages[0], 0.2), (ages[1], 0.35), (ages[2], 0.35), (ages[3], 0.1));
                var anonymous = _random.NextDouble() < 0.3;
                var acute = _random.NextDouble() < 0.04;

                await writer.StartRowAsync();
                await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(Reference("MH", year, numbers[year]), NpgsqlDbType.Varchar);
                await writer.WriteAsync(Convert.ToHexStringLower(SHA256.HashData(r.Id.ToByteArray())), NpgsqlDbType.Varchar);
                await writer.WriteAsync(Guid.CreateVersion7(r.SubmittedAt), NpgsqlDbType.Uuid);
                await writer.WriteAsync(r.SubmittedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteNullAsync();
                await writer.WriteAsync(status, NpgsqlDbType.Varchar);
                await writer.WriteAsync(r.Municipality, NpgsqlDbType.Varchar);
                await writer.WriteAsync(r.Region, NpgsqlDbType.Varchar);
                await writer.WriteAsync(acute, NpgsqlDbType.Boolean);
                await WriteTextAsync(writer, Text(_random.Next(12, 60)));
                await WriteTextAsync(writer, _random.NextDouble() < 0.4 ? Text(_random.Next(3, 15)) : null);
                await WriteTextAsync(writer, _random.NextDouble() < 0.6 ? Text(_random.Next(2, 6)) : null);
                await writer.WriteAsync(DateOnly.FromDateTime(r.SubmittedAt.UtcDateTime.AddDays(-_random.Next(0, 30))), NpgsqlDbType.Date);
                await writer.WriteAsync(age, NpgsqlDbType.Varchar);
                await writer.WriteAsync(age == nameof(AgeGroup.Minor), NpgsqlDbType.Boolean);
                await writer.WriteAsync(Weighted((genders[0], 0.6), (genders[1], 0.3), (genders[2], 0.02), (genders[3], 0.08)), NpgsqlDbType.Varchar);
                await WriteTextAsync(writer, One("Nederlands", "Roemeens", "Bulgaars", "Pools", "Nigeriaans", "Vietnamees", "Oekraïens", null));
                await WriteTextAsync(writer, One("Nederlands", "Engels", "Roemeens", "Bulgaars, Engels", null));
                await WriteTextAsync(writer, _random.NextDouble() < 0.5 ? $"{(char)('A' + _random.Next(26))}.{(char)('A' + _random.Next(26))}." : null);
                await writer.WriteAsync(One(answers), NpgsqlDbType.Varchar);
                await writer.WriteAsync(One(consents), NpgsqlDbType.Varchar);
                await writer.WriteAsync(anonymous, NpgsqlDbType.Boolean);
                await WriteTextAsync(writer, anonymous ? null : $"Melder {_random.Next(100_000)}");
                await WriteTextAsync(writer, anonymous ? null : $"Organisatie {_random.Next(5_000)}");
                await writer.WriteAsync(One(sectors), NpgsqlDbType.Varchar);
                await WriteTextAsync(writer, anonymous ? null : $"06 {_random.Next(10_000_000, 99_999_999)}");
                await WriteTextAsync(writer, anonymous ? null : $"melder{_random.Next(100_000)}@voorbeeld.example");
                await writer.WriteAsync(One(answers), NpgsqlDbType.Varchar);
                await writer.WriteAsync(r.SubmittedAt.AddDays(acute ? 1 : 5), NpgsqlDbType.TimestampTz);
                if (r.CaseId is { } caseId) await writer.WriteAsync(caseId, NpgsqlDbType.Uuid); else await writer.WriteNullAsync();
                if (triaged) await writer.WriteAsync(r.SubmittedAt.AddDays(_random.Next(1, 6)), NpgsqlDbType.TimestampTz); else await writer.WriteNullAsync();
                if (triaged) await writer.WriteAsync($"bench-{r.Region}", NpgsqlDbType.Varchar); else await writer.WriteNullAsync();
                if (status == nameof(ReportStatus.Closed)) await writer.WriteAsync(One(closing), NpgsqlDbType.Varchar); else await writer.WriteNullAsync();
            }
            await writer.CompleteAsync();
        }

        // Which indicators the melder ticked: two to four per melding.
        var indicators = await ReadListAsync(connection, """SELECT "Code" FROM "Indicators" ORDER BY "Code" """);
        if (indicators.Count > 0)
        {
            await using var writer = await connection.BeginBinaryImportAsync("""COPY "ReportIndicators" ("ReportId", "IndicatorCode") FROM STDIN (FORMAT BINARY)""");
            foreach (var r in rows)
            {
                foreach (var code in indicators.OrderBy(_ => _random.Next()).Take(_random.Next(2, 5)))
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(code, NpgsqlDbType.Varchar);
                }
            }
            await writer.CompleteAsync();
        }
        return numbers;
    }

    private async Task<Dictionary<int, int>> WriteCasesAsync(NpgsqlConnection connection, List<CaseRow> cases, Dictionary<string, string> coordinators)
    {
        var numbers = new Dictionary<int, int>();
        var statuses = Enum.GetNames<CaseStatus>();
        var consents = Enum.GetNames<Consent>();
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "Cases" ("Id", "Reference", "RegionId", "AssignedTo", "Status", "OpenedAt", "ClosedAt", "PossiblyMinor", "Consent",
              "ReflectionPeriodStart", "ReflectionPeriodEnd", "ResponsibleMunicipalityCode", "ResponsibilityBasis", "ResponsibilityReason", "Version")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var c in cases)
            {
                var year = c.OpenedAt.Year;
                numbers[year] = numbers.GetValueOrDefault(year) + 1;
                var old = c.OpenedAt < End.AddYears(-1);
                var status = old && _random.NextDouble() < 0.85 ? nameof(CaseStatus.Closed) : One(statuses.Where(s => s != nameof(CaseStatus.Closed)).ToArray());
                await writer.StartRowAsync();
                await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(Reference("CS", year, numbers[year]), NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.Region, NpgsqlDbType.Varchar);
                await writer.WriteAsync(coordinators.GetValueOrDefault(c.Region, $"bench-{c.Region}"), NpgsqlDbType.Varchar);
                await writer.WriteAsync(status, NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.OpenedAt, NpgsqlDbType.TimestampTz);
                if (status == nameof(CaseStatus.Closed)) await writer.WriteAsync(c.OpenedAt.AddDays(_random.Next(30, 400)), NpgsqlDbType.TimestampTz); else await writer.WriteNullAsync();
                await writer.WriteAsync(_random.NextDouble() < 0.2, NpgsqlDbType.Boolean);
                await writer.WriteAsync(One(consents), NpgsqlDbType.Varchar);
                await writer.WriteNullAsync();
                await writer.WriteNullAsync();
                await writer.WriteAsync(c.Municipality, NpgsqlDbType.Varchar);
                await writer.WriteNullAsync();
                await WriteTextAsync(writer, null);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
            }
            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("""COPY "CaseEvents" ("Id", "CaseId", "Kind", "ActorId", "At", "Text") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var c in cases)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(c.OpenedAt), NpgsqlDbType.Uuid);
                await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(nameof(CaseEventKind.Opened), NpgsqlDbType.Varchar);
                await writer.WriteAsync(coordinators.GetValueOrDefault(c.Region, $"bench-{c.Region}"), NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.OpenedAt, NpgsqlDbType.TimestampTz);
                await WriteTextAsync(writer, Text(_random.Next(5, 30)));
            }
            await writer.CompleteAsync();
        }
        return numbers;
    }

    private async Task<int> WriteReferralsAsync(NpgsqlConnection connection, List<CaseRow> cases, Dictionary<string, string> coordinators, List<string> organisations, int count)
    {
        if (cases.Count == 0) return 0;
        var kinds = Enum.GetNames<ReferralKind>();
        var statuses = Enum.GetNames<ReferralStatus>();
        var grounds = Enum.GetNames<LegalGround>();
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY "Referrals" ("Id", "CaseId", "Kind", "RecipientOrganisationId", "Status", "SharesIdentity", "LegalGround", "Request",
              "SentBy", "SentAt", "AnsweredAt", "AnsweredBy", "AnswerReason", "CompletedAt", "RevokedAt", "Version")
            FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < count; i++)
        {
            var c = cases[_random.Next(cases.Count)];
            var sentAt = c.OpenedAt.AddDays(_random.Next(0, 20));
            var status = One(statuses);
            var answered = status != nameof(ReferralStatus.Sent);
            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.CreateVersion7(sentAt), NpgsqlDbType.Uuid);
            await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(One(kinds), NpgsqlDbType.Varchar);
            if (organisations.Count > 0 && _random.NextDouble() < 0.5) await writer.WriteAsync(Guid.Parse(One(organisations.ToArray())), NpgsqlDbType.Uuid); else await writer.WriteNullAsync();
            await writer.WriteAsync(status, NpgsqlDbType.Varchar);
            await writer.WriteAsync(_random.NextDouble() < 0.4, NpgsqlDbType.Boolean);
            await writer.WriteAsync(One(grounds), NpgsqlDbType.Varchar);
            await WriteTextAsync(writer, Text(_random.Next(8, 40)));
            await writer.WriteAsync(coordinators.GetValueOrDefault(c.Region, $"bench-{c.Region}"), NpgsqlDbType.Varchar);
            await writer.WriteAsync(sentAt, NpgsqlDbType.TimestampTz);
            if (answered) await writer.WriteAsync(sentAt.AddDays(2), NpgsqlDbType.TimestampTz); else await writer.WriteNullAsync();
            if (answered) await writer.WriteAsync("bench-partner", NpgsqlDbType.Varchar); else await writer.WriteNullAsync();
            await WriteTextAsync(writer, answered && _random.NextDouble() < 0.3 ? Text(_random.Next(4, 20)) : null);
            if (status == nameof(ReferralStatus.Completed)) await writer.WriteAsync(sentAt.AddDays(30), NpgsqlDbType.TimestampTz); else await writer.WriteNullAsync();
            if (status == nameof(ReferralStatus.Revoked)) await writer.WriteAsync(sentAt.AddDays(3), NpgsqlDbType.TimestampTz); else await writer.WriteNullAsync();
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
        }
        await writer.CompleteAsync();
        return count;
    }

    /// <summary>Audit events with a valid hash chain (the domain's own hashing), continuing the existing chain.</summary>
    private async Task<int> WriteAuditEventsAsync(NpgsqlConnection connection, List<ReportRow> reports, List<CaseRow> cases, Dictionary<string, string> coordinators, int count)
    {
        long lastId = 0;
        var previous = AuditEvent.GenesisHash;
        await using (var command = new NpgsqlCommand("""SELECT "Id", "Hash" FROM "AuditEvents" ORDER BY "Id" DESC LIMIT 1""", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync()) { lastId = reader.GetInt64(0); previous = reader.GetString(1); }
        }
        var actions = Enum.GetNames<AuditAction>().Select(Enum.Parse<AuditAction>).ToArray();
        var results = Enum.GetValues<AuditResult>();
        var actors = coordinators.Values.DefaultIfEmpty("bench-user").ToArray();
        // The chain orders events by id; their times rise with it, all before the events already present.
        var times = Enumerable.Range(0, count).Select(_ => Start.AddSeconds(_random.NextDouble() * (End - Start).TotalSeconds)).Order().ToArray();
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "AuditEvents" ("Id", "OccurredAt", "ActorId", "Action", "ObjectType", "ObjectId", "Result", "Origin", "CorrelationId", "Detail", "PreviousHash", "Hash")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < count; i++)
            {
                var onCase = cases.Count > 0 && _random.NextDouble() < 0.4;
                var e = new AuditEvent(times[i], One(actors), One(actions), onCase ? "Case" : "Report",
                    onCase ? cases[_random.Next(cases.Count)].Id.ToString() : reports[_random.Next(reports.Count)].Id.ToString(),
                    _random.NextDouble() < 0.97 ? AuditResult.Success : One(results), "127.0.0.1", Convert.ToHexStringLower(BitConverter.GetBytes(_random.NextInt64())));
                e.Chain(previous);
                previous = e.Hash;
                await writer.StartRowAsync();
                await writer.WriteAsync(lastId + i + 1, NpgsqlDbType.Bigint);
                await writer.WriteAsync(e.OccurredAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(e.ActorId, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.Action.ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.ObjectType, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.ObjectId, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.Result.ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.Origin, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.CorrelationId, NpgsqlDbType.Varchar);
                await writer.WriteNullAsync();
                await writer.WriteAsync(e.PreviousHash, NpgsqlDbType.Char);
                await writer.WriteAsync(e.Hash, NpgsqlDbType.Char);
            }
            await writer.CompleteAsync();
        }
        await using var sequence = new NpgsqlCommand("""SELECT setval(pg_get_serial_sequence('"AuditEvents"', 'Id'), (SELECT max("Id") FROM "AuditEvents"))""", connection);
        await sequence.ExecuteNonQueryAsync();
        return count;
    }

    /// <summary>
    /// The portal's own numbering continues after the generated references: the counter rows and the
    /// sequences of each year (the portal's way, so the SQL lives in one place).
    /// </summary>
    private static async Task MoveReferenceNumbersPastAsync(NpgsqlConnection connection, string series, Dictionary<int, int> lastNumbers)
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connection).Options);
        foreach (var (year, last) in lastNumbers) await ReferenceNumbers.MovePastAsync(db, series, year, last);
    }

    private static string Reference(string series, int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{series}-{year}-{number:D6}");

    private async Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value)
    {
        var stored = Protect(value);
        if (stored is null) await writer.WriteNullAsync(); else await writer.WriteAsync(stored, NpgsqlDbType.Varchar);
    }

    private static async Task<Dictionary<string, string>> CoordinatorsByRegionAsync(NpgsqlConnection connection)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("""
            SELECT o."RegionId", min(u."Id") FROM "AspNetUsers" u
            JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id" JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
            JOIN "Organisations" o ON o."Id" = u."OrganisationId"
            WHERE r."Name" = 'CareCoordinator' AND o."RegionId" IS NOT NULL GROUP BY o."RegionId"
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result[reader.GetString(0)] = reader.GetString(1);
        return result;
    }

    private static async Task<List<string>> ReadListAsync(NpgsqlConnection connection, string sql)
    {
        var result = new List<string>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result.Add(reader.GetString(0));
        return result;
    }
}
