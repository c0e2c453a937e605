using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Domain.Tests.Calendar;

public sealed class DutchHolidaysTests
{
    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static DateOnly DateOf(int year, string name, HolidayOptions? options = null) =>
        DutchHolidays.For(year, options).Single(h => h.Name == name).Date;

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_Sunday_falls_on_the_known_date(int year, int month, int day)
    {
        Assert.Equal(Day(year, month, day), DutchHolidays.EasterSunday(year));
    }

    [Fact]
    public void Kings_day_moves_to_Saturday_26_April_when_the_27th_is_a_Sunday()
    {
        Assert.Equal(DayOfWeek.Sunday, Day(2025, 4, 27).DayOfWeek);

        Assert.Equal(Day(2025, 4, 26), DateOf(2025, "Koningsdag"));
        Assert.Equal(Day(2026, 4, 27), DateOf(2026, "Koningsdag"));
    }

    [Fact]
    public void Ascension_and_Pentecost_2026_follow_Easter()
    {
        Assert.Equal(Day(2026, 5, 14), DateOf(2026, "Hemelvaartsdag"));
        Assert.Equal(Day(2026, 5, 24), DateOf(2026, "Eerste Pinksterdag"));
        Assert.Equal(Day(2026, 5, 25), DateOf(2026, "Tweede Pinksterdag"));
        Assert.Equal(Day(2026, 4, 6), DateOf(2026, "Tweede Paasdag"));
    }

    [Fact]
    public void A_default_year_has_ten_holidays_in_date_order_with_Dutch_names()
    {
        var holidays = DutchHolidays.For(2026);

        Assert.Equal(
            ["Nieuwjaarsdag", "Eerste Paasdag", "Tweede Paasdag", "Koningsdag", "Bevrijdingsdag", "Hemelvaartsdag",
             "Eerste Pinksterdag", "Tweede Pinksterdag", "Eerste Kerstdag", "Tweede Kerstdag"],
            holidays.Select(h => h.Name));
        Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
    }

    [Fact]
    public void Good_Friday_is_only_a_holiday_when_the_option_is_on()
    {
        Assert.DoesNotContain(DutchHolidays.For(2026), h => h.Name == "Goede Vrijdag");

        Assert.Equal(Day(2026, 4, 3), DateOf(2026, "Goede Vrijdag", new HolidayOptions(GoodFriday: true)));
    }

    [Fact]
    public void Liberation_day_is_every_year_by_default_and_otherwise_only_every_fifth_year()
    {
        var lustrumOnly = new HolidayOptions(LiberationDayEveryYear: false);

        Assert.Equal(Day(2026, 5, 5), DateOf(2026, "Bevrijdingsdag"));
        Assert.DoesNotContain(DutchHolidays.For(2026, lustrumOnly), h => h.Name == "Bevrijdingsdag");
        Assert.Equal(Day(2030, 5, 5), DateOf(2030, "Bevrijdingsdag", lustrumOnly));
    }

    [Fact]
    public void Years_before_Kings_day_existed_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchHolidays.For(2013));
    }

    [Fact]
    public void Easter_is_always_a_Sunday_between_22_March_and_25_April()
    {
        for (var year = 1583; year <= 4099; year++)
        {
            var easter = DutchHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, Day(year, 3, 22), Day(year, 4, 25));
        }
    }
}
