namespace Mensenhandel.Domain.Calendar;

/// <summary>The Dutch public holidays (algemeen erkende feestdagen) of a year.</summary>
public static class DutchHolidays
{
    /// <summary>Koningsdag on 27 April exists since 2014; earlier years had Koninginnedag on another date.</summary>
    public const int FirstSupportedYear = 2014;

    /// <summary>The holidays of <paramref name="year"/> in date order.</summary>
    public static IReadOnlyList<PublicHoliday> For(int year, HolidayOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstSupportedYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year - 1);
        options ??= HolidayOptions.Default;
        var easter = EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);

        var holidays = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), "Nieuwjaarsdag"),
            new(easter, "Eerste Paasdag"),
            new(easter.AddDays(1), "Tweede Paasdag"),
            // The king's birthday moves to the Saturday before when it falls on a Sunday.
            new(kingsDay.DayOfWeek == DayOfWeek.Sunday ? kingsDay.AddDays(-1) : kingsDay, "Koningsdag"),
            new(easter.AddDays(39), "Hemelvaartsdag"),
            new(easter.AddDays(49), "Eerste Pinksterdag"),
            new(easter.AddDays(50), "Tweede Pinksterdag"),
            new(new DateOnly(year, 12, 25), "Eerste Kerstdag"),
            new(new DateOnly(year, 12, 26), "Tweede Kerstdag"),
        };
        if (options.GoodFriday) holidays.Add(new(easter.AddDays(-2), "Goede Vrijdag"));
        if (options.LiberationDayEveryYear || year % 5 == 0) holidays.Add(new(new DateOnly(year, 5, 5), "Bevrijdingsdag"));

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return holidays;
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
