namespace Mensenhandel.Domain.Calendar;

/// <summary>
/// The bedenktijd (B8 reflection period): three calendar months in which a possible victim without Dutch
/// residence decides whether to report to the police.
/// </summary>
public static class ReflectionPeriod
{
    public const int Months = 3;

    /// <summary>
    /// The day the period ends: the same day of the month three months later, or the last day of that month
    /// when it is shorter (30 November ends on 28 or 29 February), as <see cref="DateOnly.AddMonths"/> does.
    /// </summary>
    public static DateOnly EndsOn(DateOnly start) => start.AddMonths(Months);
}
