using System.Globalization;

namespace Mensenhandel.Domain.Cases;

/// <summary>The human reference of a casus: CS-{year}-{number, six digits}, numbered per year.</summary>
public static class CaseReference
{
    public static string Format(int year, int number)
    {
        if (year is < 2000 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (number is < 1 or > 999_999) throw new ArgumentOutOfRangeException(nameof(number));
        return string.Create(CultureInfo.InvariantCulture, $"CS-{year}-{number:D6}");
    }
}
