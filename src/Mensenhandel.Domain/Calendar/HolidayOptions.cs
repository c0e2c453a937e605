namespace Mensenhandel.Domain.Calendar;

/// <summary>
/// Which of the disputed days count as days off. Two days are not off for everyone, so the portal decides
/// rather than the calendar.
/// </summary>
/// <param name="LiberationDayEveryYear">
/// Bevrijdingsdag (5 May) is a national holiday every year, but many collective agreements, the government
/// among them, only give it off every fifth year (2025, 2030, ...). The default treats it as a day off every
/// year, because a deadline that falls a day later than strictly necessary does less harm than one that
/// expires while the chain partners are not at work.
/// </param>
/// <param name="GoodFriday">
/// Goede Vrijdag is no official day off, though some employers give it; off by default.
/// </param>
public sealed record HolidayOptions(bool LiberationDayEveryYear = true, bool GoodFriday = false)
{
    public static HolidayOptions Default { get; } = new();
}
