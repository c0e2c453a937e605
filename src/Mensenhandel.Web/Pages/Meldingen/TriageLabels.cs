using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Web.Pages.Meldingen;

public static class TriageLabels
{
    public static IReadOnlyList<(ReportClosingReason Value, string Label)> ClosingReasons { get; } =
    [
        (ReportClosingReason.NoTrafficking, "Geen mensenhandel"),
        (ReportClosingReason.InsufficientInformation, "Onvoldoende informatie"),
        (ReportClosingReason.HandledElsewhere, "Elders belegd"),
    ];
}
