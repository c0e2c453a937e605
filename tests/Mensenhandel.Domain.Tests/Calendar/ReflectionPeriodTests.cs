using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Domain.Tests.Calendar;

public sealed class ReflectionPeriodTests
{
    [Fact]
    public void The_reflection_period_ends_three_calendar_months_after_it_starts()
    {
        Assert.Equal(new DateOnly(2026, 4, 15), ReflectionPeriod.EndsOn(new DateOnly(2026, 1, 15)));
    }

    [Fact]
    public void A_period_starting_at_the_end_of_a_long_month_ends_on_the_last_day_of_a_short_one()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), ReflectionPeriod.EndsOn(new DateOnly(2025, 11, 30)));
        Assert.Equal(new DateOnly(2028, 2, 29), ReflectionPeriod.EndsOn(new DateOnly(2027, 11, 30)));
    }
}
