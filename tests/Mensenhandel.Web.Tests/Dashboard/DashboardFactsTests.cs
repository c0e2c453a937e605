using System.Globalization;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Pages.Dashboard;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Web.Tests.Dashboard;

/// <summary>
/// The pre-aggregated melding facts against the row-based count they replace: every table, cell for cell, for
/// national, regional, form and municipality views. The seed spans 25 months (so both ends of every period fall on
/// a month boundary), two regions, skewed municipalities, meldingen with several forms, triaged and untriaged.
/// </summary>
public sealed class DashboardFactsTests(DashboardPortal portal) : IClassFixture<DashboardPortal>
{
    private DashboardScope[] Scopes()
    {
        var now = portal.Now;
        var lastYear = (DutchMonths.YearAndMonth(now).Year - 1).ToString(CultureInfo.InvariantCulture);
        return
        [
            new(null, DashboardPeriod.Choose("24m", now), null, null, now),
            new(null, DashboardPeriod.Choose("12m", now), null, null, now),
            new(null, DashboardPeriod.Choose(lastYear, now), null, null, now),
            new(null, DashboardPeriod.Choose("24m", now), ExploitationForm.Labour, null, now),
            new("RE04", DashboardPeriod.Choose("24m", now), null, null, now),
            new("RE03", DashboardPeriod.Choose("12m", now), null, null, now),
            new("RE04", DashboardPeriod.Choose("24m", now), ExploitationForm.Sexual, null, now),
            new("RE04", DashboardPeriod.Choose("24m", now), null, "GM0361", now),
            new("RE04", DashboardPeriod.Choose("24m", now), ExploitationForm.Criminal, "GM0361", now),
        ];
    }

    private static string Show(DashboardResult result) =>
        result.TooFew ? "te weinig" : string.Join("\n", result.Tables.Select(t =>
            $"{t.Id}: {string.Join(" | ", t.Header)}\n" + string.Join("\n", t.Rows.Select(r => string.Join(" | ", r)))
            + $"\n{string.Join(" | ", t.Totals ?? [])}"));

    private async Task<(string Facts, string Reports)> BothAsync(DashboardScope scope)
    {
        await using var services = portal.Services.CreateAsyncScope();
        var figures = services.ServiceProvider.GetRequiredService<DashboardFigures>();
        var facts = await figures.ComputeFreshAsync(scope, CancellationToken.None);
        var reports = await figures.ComputeFromReportsAsync(scope, CancellationToken.None);
        return (Show(facts), Show(reports));
    }

    [Fact]
    public async Task The_facts_give_exactly_the_figures_counted_from_the_meldingen()
    {
        await AddNationalQueueReportsAsync();
        foreach (var scope in Scopes())
        {
            var (facts, reports) = await BothAsync(scope);
            Assert.Equal(reports, facts);
        }
        Assert.True(await portal.CountAsync<Data.Statistics.ReportMonthlyFact>() > 0, "closed months are counted on first view");
    }

    [Fact]
    public async Task A_melding_of_a_counted_month_that_is_triaged_later_is_in_the_next_figures()
    {
        var scope = new DashboardScope(null, DashboardPeriod.Choose("24m", portal.Now), null, null, portal.Now);
        var before = await BothAsync(scope);
        var lastMonth = DutchMonths.Add(DutchMonths.Of(portal.Now), -1);

        await portal.WithDbAsync(async db =>
        {
            db.Reports.Add(NewReport("MH-1999-900001", lastMonth.AddDays(3), new Routing("GM0361", "RE04"), [ExploitationForm.OrganRemoval],
                acute: true, AgeGroup.Minor, Sector.Police, triagedAt: lastMonth.AddDays(3).AddHours(5)));
            return await db.SaveChangesAsync();
        });
        var after = await BothAsync(scope);

        Assert.Equal(after.Reports, after.Facts);
        Assert.NotEqual(before.Facts, after.Facts);
    }

    [Fact]
    public async Task The_refresh_job_counts_the_recent_closed_months_and_leaves_the_current_month_live()
    {
        await using var services = portal.Services.CreateAsyncScope();
        await services.ServiceProvider.GetRequiredService<ReportFactsRefreshJob>().RunAsync(CancellationToken.None);

        var months = await portal.WithDbAsync(db => db.ReportFactMonths.Select(m => m.Month).ToListAsync());
        var current = DutchMonths.Of(portal.Now);
        Assert.Contains(DutchMonths.Add(current, -1), months);
        Assert.Contains(DutchMonths.Add(current, -2), months);
        Assert.DoesNotContain(current, months);
    }

    [Fact]
    public async Task A_melding_made_at_half_past_midnight_on_the_first_counts_in_that_Dutch_month_in_both_counts()
    {
        // RE01 (Groningen) has no other meldingen in this class's data. 00:30 on the first in Amsterdam is still the
        // day before, and the month before, in UTC: a closed month (stored facts) and the current month (live).
        var current = DutchMonths.Of(portal.Now);
        var closed = DutchMonths.Add(current, -2);
        Assert.True(portal.Now > current.AddMinutes(40), "the test needs the current month's first 40 minutes to be past");
        Assert.NotEqual(closed.AddMinutes(30).UtcDateTime.Month, DutchMonths.YearAndMonth(closed.AddMinutes(30)).Month);
        await portal.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5; i++)
            {
                foreach (var (month, series) in new[] { (closed, 70), (current, 71) })
                {
                    db.Reports.Add(NewReport(string.Create(CultureInfo.InvariantCulture, $"MH-1999-{series}{i:0000}"), month.AddMinutes(30 + i),
                        new Routing("GM0014", "RE01"), [ExploitationForm.Labour], acute: false, AgeGroup.From23, Sector.Education, triagedAt: null));
                }
            }
            return await db.SaveChangesAsync();
        });
        var scope = new DashboardScope("RE01", DashboardPeriod.Choose("24m", portal.Now), null, null, portal.Now);

        await using var services = portal.Services.CreateAsyncScope();
        var figures = services.ServiceProvider.GetRequiredService<DashboardFigures>();
        foreach (var result in new[] { await figures.ComputeFreshAsync(scope, CancellationToken.None), await figures.ComputeFromReportsAsync(scope, CancellationToken.None) })
        {
            var perMonth = result.Tables.Single(t => t.Id == "per-maand");
            string TotalOf(DateTimeOffset month) => perMonth.Rows.Single(r => r[0] == DutchMonths.Label(month))[perMonth.Header.Count - 1];
            Assert.Equal("Totaal", perMonth.Header[^1]);
            Assert.Equal("5", TotalOf(closed));
            Assert.Equal("0", TotalOf(DutchMonths.Add(closed, -1)));
            Assert.Equal("5", TotalOf(current));
            Assert.Equal("0", TotalOf(DutchMonths.Add(current, -1)));
        }
    }

    /// <summary>Meldingen without a region (the national queue) in a closed month and in the current month.</summary>
    private async Task AddNationalQueueReportsAsync()
    {
        var lastMonth = DutchMonths.Add(DutchMonths.Of(portal.Now), -1);
        await portal.WithDbAsync(async db =>
        {
            for (var i = 0; i < 7; i++)
            {
                var submitted = i < 4 ? lastMonth.AddDays(i) : portal.Now.AddMinutes(-i);
                db.Reports.Add(NewReport(string.Create(CultureInfo.InvariantCulture, $"MH-1999-8{i:00000}"), submitted, new Routing(null, null),
                    [ExploitationForm.Labour, ExploitationForm.Unknown], acute: i % 2 == 0, AgeGroup.From23, Sector.Other,
                    triagedAt: i % 3 == 0 ? submitted.AddMinutes(90 * i + 30) : null));
            }
            return await db.SaveChangesAsync();
        });
    }

    private static Report NewReport(string reference, DateTimeOffset submitted, Routing routing, IReadOnlyList<ExploitationForm> forms,
        bool acute, AgeGroup age, Sector sector, DateTimeOffset? triagedAt)
    {
        var report = Report.Submit(Guid.NewGuid(), reference, "seed", submitted, routing,
            new Situation(acute, forms, [], null, "Beschrijving", null, null),
            new VictimDetails(age, Gender.Unknown, null, null, null, Answer.Unknown, Consent.Unknown),
            new ReporterDetails(true, null, null, sector, null, null, Answer.Unknown));
        if (triagedAt is { } at) report.CloseWithoutCase(ReportClosingReason.InsufficientInformation, "seed", at);
        return report;
    }
}
