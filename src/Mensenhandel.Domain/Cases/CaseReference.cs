using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Cases;

/// <summary>The human reference of a casus: CS-{year}-{number, six digits}, numbered per year.</summary>
public static class CaseReference
{
    public static string Format(int year, int number) => ReportReference.Format("CS", year, number);

    /// <summary>Reads what a person typed ("cs-2026-12") into CS-2026-000012, or null.</summary>
    public static string? Normalise(string? typed) => ReportReference.Normalise("CS", typed);
}
