namespace Mensenhandel.Domain.Calendar;

/// <summary>A day off in the Netherlands, with the Dutch name a user reads.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);
