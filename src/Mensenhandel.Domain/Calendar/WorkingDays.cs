namespace Mensenhandel.Domain.Calendar;

/// <summary>
/// Dutch working days: Monday to Friday, except the public holidays of <see cref="DutchHolidays"/>.
/// Deadlines are about the working day of people in the Netherlands, so they are counted in Europe/Amsterdam
/// local time, whatever the server's time zone.
/// </summary>
public sealed class WorkingDays(HolidayOptions? options = null)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private readonly HolidayOptions _options = options ?? HolidayOptions.Default;

    public bool IsWorkingDay(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        foreach (var holiday in DutchHolidays.For(date.Year, _options))
        {
            if (holiday.Date == date) return false;
        }
        return true;
    }

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/>; <paramref name="start"/> itself
    /// never counts, whether it is a working day or not. Zero days gives <paramref name="start"/> back.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) days--;
        }
        return date;
    }

    /// <summary>
    /// When a melding received at <paramref name="receivedUtc"/> must be handled: the end (23:59:59.999
    /// Amsterdam time) of the <paramref name="workingDays"/>-th working day after the Amsterdam calendar day
    /// it was received on. The day of receipt never counts, also not when it is a working day: a melding that
    /// arrives at 16:55 should not be due five minutes later. A melding received on a Saturday, Sunday or
    /// holiday is therefore due on the same day as one received on the working day before it; weekend
    /// meldingen are the first work of the next working day. Returned in UTC.
    /// </summary>
    public DateTimeOffset DueAt(DateTimeOffset receivedUtc, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var receivedLocal = TimeZoneInfo.ConvertTime(receivedUtc, Amsterdam);
        var dueDate = AddWorkingDays(DateOnly.FromDateTime(receivedLocal.DateTime), workingDays);
        // Just before midnight is never inside a daylight saving change in Amsterdam (those happen at 02:00/03:00).
        var endOfDayLocal = dueDate.AddDays(1).ToDateTime(TimeOnly.MinValue).AddMilliseconds(-1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(endOfDayLocal, Amsterdam), TimeSpan.Zero);
    }
}
