using Mensenhandel.Domain.Municipalities;
using Mensenhandel.Web.Pages.Meldingen;

namespace Mensenhandel.Web.Pages.Gemeente;

/// <summary>The six elements of the bestuurlijk basisniveau as users read them, in one order everywhere.</summary>
public static class BaselineLabels
{
    public static IReadOnlyList<(string Label, Func<PolicyBaselineVersion, string> Value)> Elements { get; } =
    [
        ("Aandachtsfunctionaris aangesteld", v => YesNo(v.DesignatedOfficerAppointed)),
        ("Interne meldroute", v => YesNo(v.InternalReportingRoute)),
        ("Zorgcoördinatie belegd", v => YesNo(v.CareCoordinationArranged)),
        ("Frontoffice- en handhavingsmedewerkers getraind", v => DateOrNo(v.StaffTrainedOn)),
        ("Bewustwordingsactiviteiten", v => YesNo(v.AwarenessActivities)),
        ("Beleidsplan vastgesteld", v => DateOrNo(v.PolicyPlanAdoptedOn)),
    ];

    public static string YesNo(bool value) => value ? "ja" : "nee";

    public static string DateOrNo(DateOnly? date) => date is { } d ? $"ja, {Display.Date(d)}" : "nee";
}
