using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Web.Pages.Melden;

/// <summary>The Dutch words for the choices on the form and the status page.</summary>
public static class Labels
{
    public static IReadOnlyList<(ExploitationForm Value, string Label)> Forms { get; } =
    [
        (ExploitationForm.Sexual, "Seksuele uitbuiting"),
        (ExploitationForm.Labour, "Arbeidsuitbuiting"),
        (ExploitationForm.Criminal, "Criminele uitbuiting"),
        (ExploitationForm.OrganRemoval, "Gedwongen orgaanverwijdering"),
        (ExploitationForm.Unknown, "Weet ik niet"),
    ];

    public static IReadOnlyList<(AgeGroup Value, string Label)> AgeGroups { get; } =
    [
        (AgeGroup.Minor, "Minderjarig (jonger dan 18)"),
        (AgeGroup.From18To23, "18 tot 23 jaar"),
        (AgeGroup.From23, "23 jaar of ouder"),
        (AgeGroup.Unknown, "Weet ik niet of twijfel"),
    ];

    public static IReadOnlyList<(Gender Value, string Label)> Genders { get; } =
    [
        (Gender.Female, "Vrouw"), (Gender.Male, "Man"), (Gender.Other, "Anders"), (Gender.Unknown, "Weet ik niet"),
    ];

    public static IReadOnlyList<(Answer Value, string Label)> Answers { get; } =
    [
        (Answer.Yes, "Ja"), (Answer.No, "Nee"), (Answer.Unknown, "Weet ik niet"),
    ];

    public static IReadOnlyList<(Answer Value, string Label)> YesNo { get; } = [(Answer.Yes, "Ja"), (Answer.No, "Nee")];

    public static IReadOnlyList<(Consent Value, string Label)> Consents { get; } =
    [
        (Consent.Given, "Ja, de persoon geeft toestemming"),
        (Consent.Refused, "Nee"),
        (Consent.Unknown, "Weet ik niet / niet gevraagd"),
    ];

    public static IReadOnlyList<(Sector Value, string Label)> Sectors { get; } =
    [
        (Sector.Education, "Onderwijs"), (Sector.YouthCare, "Jeugdzorg"), (Sector.Care, "Zorg / GGZ"),
        (Sector.Municipality, "Gemeente"), (Sector.Police, "Politie"), (Sector.LabourInspectorate, "Arbeidsinspectie"),
        (Sector.Shelter, "Opvang"), (Sector.SocialWork, "Maatschappelijk werk"), (Sector.Other, "Anders"),
    ];

    public static string GroupHeading(ExploitationForm? form) => form switch
    {
        ExploitationForm.Labour => "Arbeidsuitbuiting (ILO-indicatoren van dwangarbeid)",
        ExploitationForm.Sexual => "Seksuele uitbuiting",
        ExploitationForm.Criminal => "Criminele uitbuiting",
        ExploitationForm.OrganRemoval => "Gedwongen orgaanverwijdering",
        _ => "Bij alle vormen",
    };

    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.Received => "Ontvangen",
        ReportStatus.InProgress => "In behandeling",
        ReportStatus.Closed => "Afgerond",
        _ => "Ontvangen",
    };
}
