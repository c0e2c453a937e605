using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Tests.Reports;

public sealed class ReportTests
{
    [Fact]
    public void With_consent_the_victims_name_is_kept()
    {
        var report = ReportBuilder.Submit(victim: ReportBuilder.Victim(Consent.Given));

        Assert.Equal("A.B.", report.VictimNameOrInitials);
    }

    [Theory]
    [InlineData(Consent.Refused)]
    [InlineData(Consent.Unknown)]
    public void Without_consent_the_melding_takes_the_anonymous_track_and_drops_the_name(Consent consent)
    {
        var report = ReportBuilder.Submit(victim: ReportBuilder.Victim(consent));

        Assert.Null(report.VictimNameOrInitials);
        Assert.Equal(consent, report.VictimConsent);
        Assert.Equal("Bulgaars", report.VictimNationality); // not identifying: still counts in the figures
    }

    [Fact]
    public void An_anonymous_melder_leaves_no_name_organisation_or_contact_details()
    {
        var report = ReportBuilder.Submit(reporter: ReportBuilder.Reporter(anonymous: true));

        Assert.True(report.ReporterAnonymous);
        Assert.Null(report.ReporterName);
        Assert.Null(report.ReporterOrganisation);
        Assert.Null(report.ReporterPhone);
        Assert.Null(report.ReporterEmail);
        Assert.Equal(Sector.Education, report.ReporterSector);
    }

    [Theory]
    [InlineData(AgeGroup.Minor, true)]
    [InlineData(AgeGroup.Unknown, true)]
    [InlineData(AgeGroup.From18To23, false)]
    [InlineData(AgeGroup.From23, false)]
    public void An_unknown_age_counts_as_possibly_minor(AgeGroup age, bool possiblyMinor)
    {
        Assert.Equal(possiblyMinor, ReportBuilder.Submit(victim: ReportBuilder.Victim(age: age)).VictimPossiblyMinor);
    }

    [Fact]
    public void A_new_melding_is_received_in_the_routed_region_with_its_forms_and_signals_once()
    {
        var situation = ReportBuilder.Situation() with
        {
            Forms = [ExploitationForm.Labour, ExploitationForm.Labour, ExploitationForm.Sexual],
            IndicatorCodes = ["ILO-07", "ILO-07", "ALG-02"],
        };

        var report = ReportBuilder.Submit(situation: situation);

        Assert.Equal(ReportStatus.Received, report.Status);
        Assert.Equal("RE04", report.RegionId);
        Assert.Equal(2, report.Forms.Count);
        Assert.Equal(2, report.Indicators.Count);
        Assert.All(report.Indicators, i => Assert.Equal(report.Id, i.ReportId));
    }

    [Fact]
    public void A_melding_needs_a_form_of_exploitation_and_a_description()
    {
        Assert.Throws<DomainRuleException>(() => ReportBuilder.Submit(situation: ReportBuilder.Situation() with { Forms = [] }));
        Assert.Throws<DomainRuleException>(() => ReportBuilder.Submit(situation: ReportBuilder.Situation() with { Description = " " }));
    }
}
