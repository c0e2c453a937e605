namespace Mensenhandel.Domain.Reports;

/// <summary>
/// The seeded signals. The ILO indicators are quoted with attribution; the sexual, criminal and common
/// signals are the portal's own short wordings (the Dutch signal cards are copyrighted, so not copied).
/// </summary>
public static class IndicatorCatalogue
{
    public const string IloSource = "© ILO, Indicators of Forced Labour (2012)";

    public static IReadOnlyList<Indicator> All { get; } =
    [
        Ilo(1, "Misbruik van kwetsbaarheid: iemand maakt misbruik van de afhankelijke positie van de persoon (verblijfsstatus, taal, schulden, beperking)"),
        Ilo(2, "Misleiding: werk, loon of omstandigheden zijn anders dan beloofd"),
        Ilo(3, "Beperking van bewegingsvrijheid: de persoon kan niet vrij gaan en staan"),
        Ilo(4, "Isolatie: de persoon wordt afgezonderd van familie, collega's of de buitenwereld"),
        Ilo(5, "Fysiek en seksueel geweld"),
        Ilo(6, "Intimidatie en bedreiging, ook van familie"),
        Ilo(7, "Achterhouden van identiteitsdocumenten"),
        Ilo(8, "Inhouden van loon: niet, te laat of veel te weinig betaald"),
        Ilo(9, "Schuldslavernij: een schuld die steeds groeit en moet worden afgewerkt"),
        Ilo(10, "Mensonterende werk- en leefomstandigheden"),
        Ilo(11, "Excessief overwerk: extreem lange dagen, geen vrije dagen"),

        Own("SEX-01", ExploitationForm.Sexual, 1, "Heeft een veel oudere 'vriend' of partner die veel invloed heeft"),
        Own("SEX-02", ExploitationForm.Sexual, 2, "Heeft dure cadeaus, kleding of telefoons zonder verklaring"),
        Own("SEX-03", ExploitationForm.Sexual, 3, "Heeft verwondingen of andere tekenen van mishandeling"),
        Own("SEX-04", ExploitationForm.Sexual, 4, "Wordt gebracht en gehaald door anderen"),
        Own("SEX-05", ExploitationForm.Sexual, 5, "Werkt in de prostitutie terwijl de persoon minderjarig is"),
        Own("SEX-06", ExploitationForm.Sexual, 6, "Heeft geen zeggenschap over de eigen verdiensten uit sekswerk"),
        Own("SEX-07", ExploitationForm.Sexual, 7, "Heeft tatoeages of andere tekens die op 'eigendom' wijzen"),
        Own("SEX-08", ExploitationForm.Sexual, 8, "Verblijft vaak wisselend in hotels, vakantieparken of bij onbekenden"),

        Own("CRIM-01", ExploitationForm.Criminal, 1, "Vervoert of verkoopt drugs of geld voor anderen"),
        Own("CRIM-02", ExploitationForm.Criminal, 2, "Heeft bezittingen die niet te verklaren zijn"),
        Own("CRIM-03", ExploitationForm.Criminal, 3, "Heeft schulden bij anderen"),
        Own("CRIM-04", ExploitationForm.Criminal, 4, "Bankrekening of identiteit wordt door anderen gebruikt"),
        Own("CRIM-05", ExploitationForm.Criminal, 5, "Is vaak weg van school of van huis, of wordt vermist"),
        Own("CRIM-06", ExploitationForm.Criminal, 6, "Is bang voor 'de mensen voor wie ik werk'"),
        Own("CRIM-07", ExploitationForm.Criminal, 7, "Wordt gedwongen tot stelen, inbreken of bedelen"),

        Own("ORG-01", ExploitationForm.OrganRemoval, 1, "Heeft een onverklaarde operatie of een litteken, of spreekt over het afstaan of verkopen van een orgaan"),

        Own("ALG-01", null, 1, "Heeft geen zeggenschap over het eigen identiteitsbewijs of geld"),
        Own("ALG-02", null, 2, "Spreekt niet voor zichzelf: iemand anders praat of vertaalt"),
        Own("ALG-03", null, 3, "Woont op de werkplek"),
        Own("ALG-04", null, 4, "Kent het eigen (woon)adres niet"),
        Own("ALG-05", null, 5, "Is bang voor politie of andere instanties"),
    ];

    private static Indicator Ilo(int number, string text) =>
        new($"ILO-{number:D2}", ExploitationForm.Labour, text, number, IloSource);

    private static Indicator Own(string code, ExploitationForm? form, int order, string text) =>
        new(code, form, text, order);
}
