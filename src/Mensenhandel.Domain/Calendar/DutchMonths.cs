using System.Globalization;

namespace Mensenhandel.Domain.Calendar;

/// <summary>
/// Calendar months as the Netherlands counts them: in Amsterdam time, so a melding made at 00:30 on 1 February is a
/// February melding (in UTC it is still 31 January, 23:30). A month is known by the instant it starts, with offset
/// zero (as PostgreSQL's <c>timestamptz</c> and the dashboard's facts store it): January 2026 is
/// 2025-12-31T23:00Z, April 2026 (summer time) 2026-03-31T22:00Z. Months are therefore not a fixed number of hours
/// apart: step with <see cref="Add"/>, never with <see cref="DateTimeOffset.AddMonths"/>.
/// </summary>
public static class DutchMonths
{
    public const string TimeZoneId = "Europe/Amsterdam";

    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The instant month <paramref name="month"/> of <paramref name="year"/> starts in Amsterdam.</summary>
    public static DateTimeOffset Start(int year, int month) =>
        // Midnight on the first of a month is never inside a clock change (those are at 02:00 and 03:00).
        new(TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified), TimeZone), TimeSpan.Zero);

    /// <summary>The start of the Dutch calendar month <paramref name="at"/> falls in.</summary>
    public static DateTimeOffset Of(DateTimeOffset at)
    {
        var local = Local(at);
        return Start(local.Year, local.Month);
    }

    /// <summary>The start of the month <paramref name="months"/> after (or before) the month of <paramref name="month"/>.</summary>
    public static DateTimeOffset Add(DateTimeOffset month, int months)
    {
        var local = Local(month);
        var target = new DateTime(local.Year, local.Month, 1).AddMonths(months);
        return Start(target.Year, target.Month);
    }

    /// <summary>Year and month in Amsterdam.</summary>
    public static (int Year, int Month) YearAndMonth(DateTimeOffset at)
    {
        var local = Local(at);
        return (local.Year, local.Month);
    }

    /// <summary>"2026-02": the month's label in tables and CSV files.</summary>
    public static string Label(DateTimeOffset month) => Local(month).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TimeZone).DateTime;
}
