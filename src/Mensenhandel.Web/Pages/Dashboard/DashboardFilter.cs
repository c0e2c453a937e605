using System.Globalization;
using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Web.Pages.Dashboard;

/// <summary>
/// The dashboard's filters. Periods are fixed (the last 24 or 12 months, or a calendar year), because free date
/// ranges let a reader subtract two overlapping tables and isolate a person (see Suppression's known limits).
/// </summary>
public sealed record DashboardPeriod(string Key, string Label, DateTimeOffset From, DateTimeOffset To)
{
    public const string Default = "24m";

    /// <summary>The months of the period, as UTC month starts, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Months()
    {
        var months = new List<DateTimeOffset>();
        for (var month = From; month < To; month = month.AddMonths(1)) months.Add(month);
        return months;
    }

    public static IReadOnlyList<DashboardPeriod> Options(DateTimeOffset now)
    {
        var thisMonth = new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var next = thisMonth.AddMonths(1);
        var options = new List<DashboardPeriod>
        {
            new("24m", "Laatste 24 maanden", next.AddMonths(-24), next),
            new("12m", "Laatste 12 maanden", next.AddMonths(-12), next),
        };
        for (var year = now.UtcDateTime.Year; year > now.UtcDateTime.Year - 3; year--)
        {
            var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
            options.Add(new(year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), start, start.AddYears(1)));
        }
        return options;
    }

    public static DashboardPeriod Choose(string? key, DateTimeOffset now) =>
        Options(now).FirstOrDefault(p => p.Key == key) ?? Options(now)[0];
}

/// <summary>What the figures are computed over: scope (region, null = country), period and the optional filters.</summary>
public sealed record DashboardScope(string? RegionId, DashboardPeriod Period, ExploitationForm? Form, string? MunicipalityCode, DateTimeOffset Now);
