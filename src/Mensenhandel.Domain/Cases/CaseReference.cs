using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Cases;

/// <summary>The human reference of a casus: CS-{year}-{number, six digits}, numbered per year.</summary>
public static class CaseReference
{
    public static string Format(int year, int number) => ReportReference.Format("CS", year, number);
}
