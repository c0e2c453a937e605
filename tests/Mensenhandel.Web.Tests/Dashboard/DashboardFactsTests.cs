using System.Globalization;
using Mensenhandel.Data;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Pages.Dashboard;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        var lastYear = (now.UtcDateTime.Year - 1).ToString(CultureInfo.InvariantCulture);
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
        var lastMonth = new DateTimeOffset(portal.Now.UtcDateTime.Year, portal.Now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-1);

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
        var current = AppDbContext.MonthOf(portal.Now);
        Assert.Contains(current.AddMonths(-1), months);
        Assert.Contains(current.AddMonths(-2), months);
        Assert.DoesNotContain(current, months);
    }

    /// <summary>Meldingen without a region (the national queue) in a closed month and in the current month.</summary>
    private async Task AddNationalQueueReportsAsync()
    {
        var lastMonth = AppDbContext.MonthOf(portal.Now).AddMonths(-1);
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
