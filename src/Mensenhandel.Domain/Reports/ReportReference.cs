using System.Globalization;

namespace Mensenhandel.Domain.Reports;

/// <summary>The human reference of a melding: MH-{year}-{number, six digits}, numbered per year.</summary>
public static class ReportReference
{
    public static string Format(int year, int number) => Format("MH", year, number);

    /// <summary>{prefix}-{year}-{number, six digits}: the shape of every human reference (MH for meldingen, CS for casussen).</summary>
    internal static string Format(string prefix, int year, int number)
    {
        if (year is < 2000 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (number is < 1 or > 999_999) throw new ArgumentOutOfRangeException(nameof(number));
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{number:D6}");
    }

    /// <summary>Reads what a person typed ("mh-2026-000123 ", "MH 2026 123") into the canonical form, or null.</summary>
    public static string? Normalise(string? typed) => Normalise("MH", typed);

    /// <summary>The same for any prefix: "cs 2026 12" with prefix CS gives CS-2026-000012.</summary>
    internal static string? Normalise(string prefix, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40) return null;
        var parts = typed.Trim().ToUpperInvariant().Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts[0] != prefix) return null;
        var (yearText, numberText) = (parts[1], parts[2]);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 2000 or > 9999 || number is < 1 or > 999_999)
        {
            return null;
        }
        return Format(prefix, year, number);
    }
}
