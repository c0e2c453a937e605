using Mensenhandel.Data;
using Mensenhandel.Domain.Calendar;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mensenhandel.Web.Pages.Melden;

/// <summary>The stored melding as the receipt needs it. <see cref="Duplicate"/>: this form was already sent.</summary>
public sealed record IntakeResult(Guid ReportId, string Reference, bool Duplicate);

/// <summary>
/// Stores a valid melding: routing from the routing table, the next reference number of the year, the
/// melding with its forms and signals, and the outbox message, all in one transaction (the
/// <see cref="ReportWriter"/>'s, shared with other meldingen arriving at the same moment). A second submission
/// of the same form (same token) finds the first melding, also when both arrive at once (unique index).
/// </summary>
public sealed class ReportIntake(AppDbContext db, TimeProvider clock, OutboxProcessor outbox, TriageDeadline deadline, WorkingDays calendar,
    ReportWriter writer, ILogger<ReportIntake> logger)
{
    private static int _warnedAboutCounterRow;

    /// <param name="choices">The choices the form was read with: they know each municipality's region.</param>
    public async Task<IntakeResult> SubmitAsync(SubmissionToken token, ValidReport form, ReportFormChoices choices, string? submittedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(choices);

        var now = clock.GetUtcNow();
        var year = DutchTime.Today(now).Year;
        var numbered = await ReferenceNumbers.PrepareAsync(db, ReferenceCounter.Reports, year, cancellationToken);
        if (!numbered && db.Database.IsNpgsql() && Interlocked.Exchange(ref _warnedAboutCounterRow, 1) == 0)
        {
            logger.LogWarning("Reference numbers come from the counter row, which serialises all submissions: the database role may not " +
                "create the year's sequence (GRANT CREATE ON SCHEMA public, docs/deployment.md)");
        }

        // Municipalities change only by migration, so their regions come from the form's cached choices (which
        // also validated the code). The routing rules are an administrator's exceptions and take effect at once,
        // so they are read every time; before the transaction, so that SQLite starts it with a write and never
        // has to upgrade a read lock (which can fail at once under concurrent writers).
        var regionOfMunicipality = form.MunicipalityCode is null
            ? null
            : (choices.Municipality(form.MunicipalityCode) ?? throw new InvalidOperationException("The form accepted an unknown municipality.")).RegionId;
        string[] areas = [form.MunicipalityCode ?? RoutingRule.AbroadOrUnknown, RoutingRule.AbroadOrUnknown];
        var strategy = db.Database.CreateExecutionStrategy();
        var checks = numbered
            ? await strategy.ExecuteAsync(ct => CheckInOneRoundTripAsync(token.Key, areas, year, ct), cancellationToken)
            : new Checks(await FindAsync(token.Key, cancellationToken),
                await db.RoutingRules.AsNoTracking().Where(r => areas.Contains(r.Area)).ToListAsync(cancellationToken), Number: null);
        if (checks.Earlier is not null) return checks.Earlier;
        var routing = ReportRouter.Route(form.MunicipalityCode, regionOfMunicipality, checks.Rules);

        try
        {
            var dueAt = deadline.DueAt(now, form.Situation.AcuteDanger, calendar);
            var followUpCodeHash = FollowUpCode.Hash(token.FollowUpCode);
            var result = await writer.StoreAsync(new ReportWriter.Submission(number => Report.Submit(
                token.Key, ReportReference.Format(year, number), followUpCodeHash, now,
                routing, form.Situation, form.Victim, form.Reporter, submittedBy, dueAt), year, checks.Number, now));
            logger.LogInformation("Report {ReportId} stored for {Queue}", result.ReportId, routing.RegionId ?? "national queue");
            outbox.WakeUp();
            return result;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // Lost the race against the same form sent twice at once: the other request stored it.
            var winner = await FindAsync(token.Key, cancellationToken);
            if (winner is null) throw;
            logger.LogInformation("Report {ReportId} was submitted twice; the second submission stored nothing", winner.ReportId);
            return winner;
        }
    }

    /// <summary>What is known before the transaction: an earlier melding of this form, the routing rules, and (PostgreSQL) the number.</summary>
    private sealed record Checks(IntakeResult? Earlier, IReadOnlyList<RoutingRule> Rules, int? Number);

    /// <summary>
    /// PostgreSQL: the duplicate check, the routing rules and the next reference number in one round trip instead
    /// of three. The number is taken only when the form has no melding yet; it is no more transactional inside
    /// the storing transaction than here (a number not stored is a gap either way, see <see cref="ReferenceNumbers"/>).
    /// </summary>
    private async Task<Checks> CheckInOneRoundTripAsync(Guid key, string[] areas, int year, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("""SELECT "Id", "Reference" FROM "Reports" WHERE "SubmissionKey" = $1""") { Parameters = { new() { Value = key } } },
                    new NpgsqlBatchCommand("""SELECT "Area", "RegionId" FROM "RoutingRules" WHERE "Area" = ANY($1)""") { Parameters = { new() { Value = areas } } },
                    new NpgsqlBatchCommand($"""SELECT {ReferenceNumbers.NextValueSql(ReferenceCounter.Reports, year)} WHERE NOT EXISTS (SELECT FROM "Reports" WHERE "SubmissionKey" = $1)""")
                    {
                        Parameters = { new() { Value = key } },
                    },
                },
            };
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            IntakeResult? earlier = null;
            if (await reader.ReadAsync(cancellationToken)) earlier = new IntakeResult(reader.GetGuid(0), reader.GetString(1), Duplicate: true);
            await reader.NextResultAsync(cancellationToken);
            var rules = new List<RoutingRule>(2);
            while (await reader.ReadAsync(cancellationToken)) rules.Add(new RoutingRule(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            await reader.NextResultAsync(cancellationToken);
            int? number = await reader.ReadAsync(cancellationToken) ? reader.GetInt32(0) : null;
            return new Checks(earlier, rules, number);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            ReferenceNumbers.SequenceMissing(db, ReferenceCounter.Reports, year);
            throw;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<IntakeResult?> FindAsync(Guid key, CancellationToken cancellationToken) =>
        await db.Reports.AsNoTracking()
            .Where(r => r.SubmissionKey == key)
            .Select(r => new IntakeResult(r.Id, r.Reference, true))
            .SingleOrDefaultAsync(cancellationToken);
}

/// <summary>Dates as people in the Netherlands see them (reference years, "not in the future").</summary>
public static class DutchTime
{
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, DutchMonths.TimeZone).DateTime);
}
