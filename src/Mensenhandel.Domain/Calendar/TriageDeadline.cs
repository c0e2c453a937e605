namespace Mensenhandel.Domain.Calendar;

/// <summary>How many working days a coordinator has to triage a melding; acute meldingen go first.</summary>
public sealed record TriageDeadline(int AcuteWorkingDays = 1, int RegularWorkingDays = 3)
{
    public static TriageDeadline Default { get; } = new();

    public DateTimeOffset DueAt(DateTimeOffset receivedUtc, bool acute, WorkingDays calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.DueAt(receivedUtc, acute ? AcuteWorkingDays : RegularWorkingDays);
    }
}
