using Mensenhandel.Data;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mensenhandel.Web.Privacy;

/// <summary>
/// How long identifying data and free text are kept after a record is closed (section <c>Retention</c>).
/// Open meldingen and open casussen are never removed by retention.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>A melding closed at triage without a casus (geen mensenhandel, onvoldoende informatie, elders belegd).</summary>
    public int ReportClosedWithoutCaseDays { get; set; } = 365;

    /// <summary>A closed casus, with its meldingen, timeline and referrals: five years after closing.</summary>
    public int CaseClosedDays { get; set; } = 5 * 365 + 1;

    /// <summary>How far ahead the dry-run report looks.</summary>
    public int DryRunHorizonDays { get; set; } = 90;
}

/// <summary>What retention removes, and when: the same query for the job and its dry-run report.</summary>
public sealed class RetentionPlan(AppDbContext db, IOptions<RetentionOptions> options)
{
    public sealed record Item(string Kind, Guid Id, string Reference, string Outcome, DateTimeOffset ClosedAt, DateTimeOffset DueAt);

    /// <summary>Every not yet pseudonymised record whose period ends on or before <paramref name="until"/>.</summary>
    public async Task<IReadOnlyList<Item>> DueAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var reportPeriod = TimeSpan.FromDays(options.Value.ReportClosedWithoutCaseDays);
        var casePeriod = TimeSpan.FromDays(options.Value.CaseClosedDays);
        var reportsClosedBefore = until - reportPeriod;
        var casesClosedBefore = until - casePeriod;
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.PseudonymisedAt == null && r.Status == ReportStatus.Closed && r.CaseId == null
                        && r.TriagedAt != null && r.TriagedAt <= reportsClosedBefore)
            .Select(r => new { r.Id, r.Reference, r.ClosingReason, ClosedAt = r.TriagedAt!.Value })
            .ToListAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.PseudonymisedAt == null && c.Status == CaseStatus.Closed && c.ClosedAt != null && c.ClosedAt <= casesClosedBefore)
            .Select(c => new { c.Id, c.Reference, ClosedAt = c.ClosedAt!.Value })
            .ToListAsync(cancellationToken);
        return [.. reports.Select(r => new Item("Melding", r.Id, r.Reference, "afgesloten zonder casus", r.ClosedAt, r.ClosedAt + reportPeriod))
            .Concat(cases.Select(c => new Item("Casus", c.Id, c.Reference, "casus afgesloten", c.ClosedAt, c.ClosedAt + casePeriod)))
            .OrderBy(i => i.DueAt)];
    }
}

/// <summary>
/// The retention job: when a period has ended, identifying data and free text go (see <see cref="Pseudonymiser"/>),
/// the statistical residue stays, every removal is audited.
/// </summary>
public sealed class RetentionJob(RetentionPlan plan, Pseudonymiser pseudonymiser, TimeProvider clock, ILogger<RetentionJob> logger) : IScheduledJob
{
    public string Name => "retention";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var due = await plan.DueAsync(clock.GetUtcNow(), cancellationToken);
        foreach (var item in due)
        {
            if (item.Kind == "Casus")
                await pseudonymiser.CaseAsync(item.Id, "bewaartermijn verstreken", null, cancellationToken);
            else
                await pseudonymiser.ReportAsync(item.Id, "bewaartermijn verstreken", null, cancellationToken);
        }
        logger.LogInformation("Retention: {Count} records pseudonymised", due.Count);
    }
}
