using Mensenhandel.Data;
using Mensenhandel.Data.Statistics;
using Mensenhandel.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Web.Pages.Dashboard;

/// <summary>
/// Keeps the dashboard's <see cref="Data.Statistics.ReportMonthlyFact"/> rows current, so no viewer waits for a
/// month to be counted. Every run recounts the last <see cref="RecentMonths"/> closed months (meldingen of those
/// months are still being triaged) and every month counted more than a day ago (a full recount spread over the
/// day, which also repairs changes that bypass the DbContext, such as bulk deletes). Correctness does not depend
/// on this job: a month whose meldingen changed through the DbContext loses its computed mark and is recounted on
/// the next view, and the current month is always counted live.
/// </summary>
public sealed class ReportFactsRefreshJob(AppDbContext db, TimeProvider clock, ILogger<ReportFactsRefreshJob> logger) : IScheduledJob
{
    public const int RecentMonths = 2;

    public static readonly TimeSpan RecountAfter = TimeSpan.FromDays(1);

    public string Name => "dashboard-facts";

    public TimeSpan Interval => TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var currentMonth = DutchMonths.Of(now);
        var months = Enumerable.Range(1, RecentMonths).Select(i => DutchMonths.Add(currentMonth, -i)).ToHashSet();
        var old = now - RecountAfter;
        months.UnionWith(await db.ReportFactMonths.AsNoTracking().Where(m => m.ComputedAt < old).Select(m => m.Month).ToListAsync(cancellationToken));
        var facts = new ReportFacts(db);
        foreach (var month in months.Where(m => m < currentMonth).Order())
            await facts.RecomputeAsync(month, now, onlyIfMissing: false, cancellationToken);
        logger.LogInformation("Dashboard facts recounted for {Months} months", months.Count);
    }
}
