using System.Globalization;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Web.Pages.Dashboard;

/// <summary>
/// The dashboard's filters. Periods are fixed (the last 24 or 12 months, or a calendar year), because free date
/// ranges let a reader subtract two overlapping tables and isolate a person (see Suppression's known limits).
/// </summary>
public sealed record DashboardPeriod(string Key, string Label, DateTimeOffset From, DateTimeOffset To)
{
    public const string Default = "24m";

    /// <summary>The months of the period, as the instants Dutch calendar months start (<see cref="DutchMonths"/>), oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Months()
    {
        var months = new List<DateTimeOffset>();
        for (var month = From; month < To; month = DutchMonths.Add(month, 1)) months.Add(month);
        return months;
    }

    public static IReadOnlyList<DashboardPeriod> Options(DateTimeOffset now)
    {
        // Dutch calendar months and years: a melding at 00:30 on 1 January belongs to the new year.
        var next = DutchMonths.Add(DutchMonths.Of(now), 1);
        var options = new List<DashboardPeriod>
        {
            new("24m", "Laatste 24 maanden", DutchMonths.Add(next, -24), next),
            new("12m", "Laatste 12 maanden", DutchMonths.Add(next, -12), next),
        };
        var thisYear = DutchMonths.YearAndMonth(now).Year;
        for (var year = thisYear; year > thisYear - 3; year--)
        {
            options.Add(new(year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture),
                DutchMonths.Start(year, 1), DutchMonths.Start(year + 1, 1)));
        }
        return options;
    }

    public static DashboardPeriod Choose(string? key, DateTimeOffset now) =>
        Options(now).FirstOrDefault(p => p.Key == key) ?? Options(now)[0];
}

/// <summary>What the figures are computed over: scope (region, null = country), period and the optional filters.</summary>
public sealed record DashboardScope(string? RegionId, DashboardPeriod Period, ExploitationForm? Form, string? MunicipalityCode, DateTimeOffset Now);
