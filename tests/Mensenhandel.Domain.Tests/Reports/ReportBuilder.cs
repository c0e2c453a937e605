using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Tests.Reports;

/// <summary>Valid parts of a melding, to vary one thing per test.</summary>
internal static class ReportBuilder
{
    public static Situation Situation() => new(
        AcuteDanger: false, Forms: [ExploitationForm.Labour], IndicatorCodes: ["ILO-07"], OtherSignals: null,
        Description: "Werkt elke dag in de kas en wordt gebracht en gehaald.", PlaceDescription: null, ObservedOn: new DateOnly(2026, 11, 1));

    public static VictimDetails Victim(Consent consent = Consent.Given, AgeGroup age = AgeGroup.From23) =>
        new(age, Gender.Female, "Bulgaars", "Bulgaars", "A.B.", Answer.Yes, consent);

    public static ReporterDetails Reporter(bool anonymous = false) =>
        new(anonymous, "Petra de Vries", "Basisschool De Linde", Sector.Education, "06 12345678", "petra@delinde.example", Answer.No);

    public static Report Submit(VictimDetails? victim = null, ReporterDetails? reporter = null, Situation? situation = null) =>
        Report.Submit(Guid.NewGuid(), "MH-2026-000001", FollowUpCode.Hash(FollowUpCode.New()), new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero),
            new Routing("GM0361", "RE04"), situation ?? Situation(), victim ?? Victim(), reporter ?? Reporter());
}
