using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Domain.Tests.Calendar;

public sealed class WorkingDaysTests
{
    private readonly WorkingDays _calendar = new();

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static DateTimeOffset EndOfDayUtc(int year, int month, int day, int utcOffsetHours) =>
        new DateTimeOffset(year, month, day, 23, 59, 59, 999, TimeSpan.FromHours(utcOffsetHours)).ToUniversalTime();

    [Fact]
    public void Weekends_and_holidays_are_not_working_days()
    {
        Assert.True(_calendar.IsWorkingDay(Day(2026, 5, 13)));
        Assert.False(_calendar.IsWorkingDay(Day(2026, 5, 14)));   // Hemelvaartsdag
        Assert.False(_calendar.IsWorkingDay(Day(2026, 5, 16)));   // Saturday
        Assert.False(_calendar.IsWorkingDay(Day(2026, 5, 17)));   // Sunday
    }

    [Fact]
    public void One_working_day_after_a_Friday_is_the_Monday()
    {
        Assert.Equal(Day(2025, 6, 16), _calendar.AddWorkingDays(Day(2025, 6, 13), 1));
    }

    [Fact]
    public void Zero_working_days_gives_the_start_back()
    {
        Assert.Equal(Day(2025, 6, 14), _calendar.AddWorkingDays(Day(2025, 6, 14), 0));
    }

    [Fact]
    public void Three_working_days_skip_Ascension_day_and_the_weekend()
    {
        Assert.Equal(Day(2026, 5, 19), _calendar.AddWorkingDays(Day(2026, 5, 13), 3));
    }

    [Fact]
    public void A_melding_received_on_Friday_afternoon_is_due_at_the_end_of_Monday_Amsterdam_time()
    {
        var due = _calendar.DueAt(Utc(2025, 6, 13, 14), workingDays: 1);   // 16:00 CEST

        Assert.Equal(EndOfDayUtc(2025, 6, 16, utcOffsetHours: 2), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void A_melding_received_before_Easter_Monday_is_due_on_Tuesday()
    {
        var due = _calendar.DueAt(Utc(2026, 4, 3, 14), workingDays: 1);   // Good Friday, a working day by default

        Assert.Equal(EndOfDayUtc(2026, 4, 7, utcOffsetHours: 2), due);
    }

    [Fact]
    public void With_Good_Friday_off_a_melding_from_Maundy_Thursday_is_due_after_Easter()
    {
        var calendar = new WorkingDays(new HolidayOptions(GoodFriday: true));

        Assert.Equal(Day(2026, 4, 3), _calendar.AddWorkingDays(Day(2026, 4, 2), 1));
        Assert.Equal(Day(2026, 4, 7), calendar.AddWorkingDays(Day(2026, 4, 2), 1));
    }

    [Fact]
    public void A_melding_received_on_Christmas_eve_is_due_after_Christmas_and_the_weekend()
    {
        var due = _calendar.DueAt(Utc(2026, 12, 24, 15), workingDays: 1);

        Assert.Equal(EndOfDayUtc(2026, 12, 28, utcOffsetHours: 1), due);
    }

    [Fact]
    public void A_melding_received_in_the_weekend_is_due_when_one_from_the_Friday_before_would_be()
    {
        Assert.Equal(
            _calendar.DueAt(Utc(2025, 6, 13, 14), workingDays: 1),
            _calendar.DueAt(Utc(2025, 6, 15, 10), workingDays: 1));
    }

    [Fact]
    public void The_day_of_receipt_is_the_Amsterdam_day_not_the_UTC_day()
    {
        // 23:30 UTC on Thursday is already Friday 00:30 in Amsterdam.
        var due = _calendar.DueAt(Utc(2026, 3, 26, 23, 30), workingDays: 1);

        Assert.Equal(EndOfDayUtc(2026, 3, 30, utcOffsetHours: 2), due);
    }

    [Fact]
    public void A_deadline_over_the_start_of_summer_time_ends_at_midnight_summer_time()
    {
        // Summer time starts on Sunday 29 March 2026: received in winter time, due in summer time.
        var due = _calendar.DueAt(Utc(2026, 3, 27, 15), workingDays: 1);

        Assert.Equal(Utc(2026, 3, 30, 21, 59).AddSeconds(59).AddMilliseconds(999), due);
    }

    [Fact]
    public void A_deadline_over_the_end_of_summer_time_ends_at_midnight_winter_time()
    {
        // Winter time starts on Sunday 25 October 2026.
        var due = _calendar.DueAt(Utc(2026, 10, 23, 14), workingDays: 1);

        Assert.Equal(Utc(2026, 10, 26, 22, 59).AddSeconds(59).AddMilliseconds(999), due);
    }

    [Fact]
    public void Acute_meldingen_are_due_sooner_than_regular_ones()
    {
        var received = Utc(2026, 5, 13, 9);   // Wednesday before Ascension day

        Assert.Equal(EndOfDayUtc(2026, 5, 15, 2), TriageDeadline.Default.DueAt(received, acute: true, _calendar));
        Assert.Equal(EndOfDayUtc(2026, 5, 19, 2), TriageDeadline.Default.DueAt(received, acute: false, _calendar));
    }

    [Fact]
    public void A_deadline_of_no_working_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.DueAt(Utc(2026, 5, 13, 9), 0));
    }

    [Fact]
    public void Every_due_moment_is_just_before_midnight_in_Amsterdam_on_a_working_day_after_receipt()
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var random = new Random(20260513);
        for (var i = 0; i < 500; i++)
        {
            var received = Utc(2024, 1, 1, 0).AddMinutes(random.Next(0, 4 * 366 * 24 * 60));
            var days = random.Next(1, 6);

            var dueLocal = TimeZoneInfo.ConvertTime(_calendar.DueAt(received, days), amsterdam);

            var dueDate = DateOnly.FromDateTime(dueLocal.DateTime);
            Assert.Equal(new TimeOnly(23, 59, 59, 999), TimeOnly.FromDateTime(dueLocal.DateTime));
            Assert.True(_calendar.IsWorkingDay(dueDate));
            Assert.True(dueLocal > received);
            var receivedDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, amsterdam).DateTime);
            var workingDaysBetween = Enumerable.Range(1, dueDate.DayNumber - receivedDate.DayNumber)
                .Count(offset => _calendar.IsWorkingDay(receivedDate.AddDays(offset)));
            Assert.Equal(days, workingDaysBetween);
        }
    }
}
