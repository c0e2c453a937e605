using Mensenhandel.Data;
using Mensenhandel.Data.Privacy;
using Mensenhandel.Data.Statistics;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Web.Tests.Dashboard;

/// <summary>
/// When a save removes a month's "counted" mark (<see cref="ReportFactMonth"/>): always for a closed month, never
/// for the current month (the dashboard reads it live and never marks it), except near the month's end, where
/// another instance's clock may already have closed and counted it.
/// </summary>
public sealed class FactMarkTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateTimeOffset November = DutchMonths.Start(2026, 11);
    private static int _lastNumber;

    [Fact]
    public async Task A_melding_saved_in_a_closed_month_removes_that_months_mark()
    {
        var marked = await SaveReportAsync(submitted: November.AddDays(-10), now: November.AddDays(20), markedMonth: DutchMonths.Add(November, -1));

        Assert.False(marked);
    }

    [Fact]
    public async Task A_melding_saved_in_the_current_month_leaves_the_mark_alone()
    {
        var marked = await SaveReportAsync(submitted: November.AddDays(20), now: November.AddDays(20), markedMonth: November);

        Assert.True(marked);
    }

    [Fact]
    public async Task A_melding_saved_in_the_last_hour_of_its_month_removes_that_months_mark()
    {
        var lateInNovember = DutchMonths.Add(November, 1).AddMinutes(-30);

        var marked = await SaveReportAsync(submitted: lateInNovember, now: lateInNovember, markedMonth: November);

        Assert.False(marked);
    }

    [Fact]
    public async Task A_context_without_a_clock_removes_every_changed_months_mark()
    {
        var marked = await SaveReportAsync(submitted: November.AddDays(20), now: null, markedMonth: November);

        Assert.False(marked);
    }

    /// <summary>Marks the month, saves a new melding through a context with the given clock, and says whether the mark is still there.</summary>
    private async Task<bool> SaveReportAsync(DateTimeOffset submitted, DateTimeOffset? now, DateTimeOffset markedMonth)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseMensenhandelDatabase(DatabaseProvider.Postgres, TestDatabase.ConnectionStringFor(portal.DatabaseName))
            .UseFieldProtection(portal.Services.GetRequiredService<FieldProtection>());
        if (now is { } at) options.UseClock(new FixedClock(at));
        await using var db = new AppDbContext(options.Options);
        await db.ReportFactMonths.ExecuteDeleteAsync();
        db.ReportFactMonths.Add(new ReportFactMonth(markedMonth, markedMonth));
        await db.SaveChangesAsync();

        db.Reports.Add(Report.Submit(Guid.NewGuid(), $"MH-1999-{Interlocked.Increment(ref _lastNumber):000000}", "seed", submitted, new Routing("GM0361", "RE04"),
            new Situation(false, [ExploitationForm.Labour], [], null, "Beschrijving", null, null),
            new VictimDetails(AgeGroup.From23, Gender.Unknown, null, null, null, Answer.Unknown, Consent.Unknown),
            new ReporterDetails(true, null, null, Sector.Other, null, null, Answer.Unknown), null, submitted.AddDays(1)));
        await db.SaveChangesAsync();

        return await db.ReportFactMonths.AnyAsync(m => m.Month == markedMonth);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
