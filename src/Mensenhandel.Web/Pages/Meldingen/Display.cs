using System.Globalization;

namespace Mensenhandel.Web.Pages.Meldingen;

/// <summary>Times as people in the Netherlands read them.</summary>
public static class Display
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Time(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, Amsterdam).ToString("d MMMM yyyy HH:mm", Dutch);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
