using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Domain.Tests.Calendar;

public sealed class DutchMonthsTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_month_starts_at_midnight_in_Amsterdam_in_winter_and_in_summer_time()
    {
        Assert.Equal(Utc(2025, 12, 31, 23), DutchMonths.Start(2026, 1)); // CET, UTC+1
        Assert.Equal(Utc(2026, 3, 31, 22), DutchMonths.Start(2026, 4)); // CEST, UTC+2
        Assert.Equal(TimeSpan.Zero, DutchMonths.Start(2026, 4).Offset);
    }

    [Theory]
    [InlineData("2026-01-31T23:30:00Z", 2026, 2)] // 00:30 on 1 February in Amsterdam
    [InlineData("2026-01-31T22:59:59Z", 2026, 1)] // 23:59:59 on 31 January
    [InlineData("2026-03-31T22:30:00Z", 2026, 4)] // summer time: 00:30 on 1 April
    [InlineData("2026-10-31T23:00:00Z", 2026, 11)] // the first instant of November, after the clocks went back
    [InlineData("2026-12-31T23:15:00Z", 2027, 1)] // a new year in Amsterdam, still the old one in UTC
    public void An_instant_belongs_to_the_month_it_is_in_Amsterdam(string instant, int year, int month)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DutchMonths.Start(year, month), DutchMonths.Of(at));
        Assert.Equal((year, month), DutchMonths.YearAndMonth(at));
        Assert.Equal($"{year:0000}-{month:00}", DutchMonths.Label(DutchMonths.Of(at)));
    }

    [Fact]
    public void Stepping_months_crosses_the_clock_changes_and_the_years()
    {
        var february = DutchMonths.Start(2026, 2);

        Assert.Equal(DutchMonths.Start(2026, 3), DutchMonths.Add(february, 1));
        Assert.Equal(DutchMonths.Start(2026, 4), DutchMonths.Add(february, 2)); // into summer time
        Assert.Equal(DutchMonths.Start(2025, 11), DutchMonths.Add(february, -3));
        Assert.Equal(DutchMonths.Start(2028, 2), DutchMonths.Add(february, 24));
        // DateTimeOffset.AddMonths would keep the UTC hour and miss the start of April by an hour.
        Assert.NotEqual(DutchMonths.Start(2026, 4), february.AddMonths(2));
    }
}
