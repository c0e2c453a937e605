using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Tests.Cases;

public sealed class ReferralTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_identifying_data_no_legal_ground_is_needed()
    {
        var casus = CaseWorkflowTests.CaseIn(CaseStatus.InProgress);

        var referral = Referral.Send(casus, ReferralKind.Police, null, sharesIdentity: false, LegalGround.Consent, "Graag beoordelen", "zc-1", Now);

        Assert.False(referral.SharesIdentity);
        Assert.Equal(LegalGround.None, referral.LegalGround);
        Assert.Equal(CaseStatus.Referred, casus.Status);
    }

    [Theory]
    [InlineData(LegalGround.None, false, Consent.Given, false)]
    [InlineData(LegalGround.Consent, false, Consent.Given, true)]
    [InlineData(LegalGround.Consent, false, Consent.Refused, false)]
    [InlineData(LegalGround.Consent, false, Consent.Unknown, false)]
    [InlineData(LegalGround.Minor, true, Consent.Unknown, true)]
    [InlineData(LegalGround.Minor, false, Consent.Unknown, false)]
    [InlineData(LegalGround.AcuteDanger, false, Consent.Refused, true)]
    [InlineData(LegalGround.StatutoryDuty, false, Consent.Unknown, true)]
    public void Sharing_identifying_data_needs_recorded_consent_or_a_fitting_legal_ground(
        LegalGround ground, bool possiblyMinor, Consent consent, bool allowed)
    {
        var casus = CaseWorkflowTests.CaseIn(CaseStatus.InProgress, possiblyMinor, consent);

        if (allowed)
        {
            var referral = Referral.Send(casus, ReferralKind.CareProvider, Guid.NewGuid(), sharesIdentity: true, ground, "Intake graag", "zc-1", Now);
            Assert.Equal(ground, referral.LegalGround);
        }
        else
        {
            Assert.Throws<DomainRuleException>(() =>
                Referral.Send(casus, ReferralKind.CareProvider, Guid.NewGuid(), sharesIdentity: true, ground, "Intake graag", "zc-1", Now));
        }
    }

    [Fact]
    public void A_referral_is_answered_once_completed_only_after_acceptance_and_revoked_only_while_running()
    {
        var casus = CaseWorkflowTests.CaseIn(CaseStatus.InProgress);
        var referral = Referral.Send(casus, ReferralKind.Police, Guid.NewGuid(), false, LegalGround.None, "Aangifte opnemen", "zc-1", Now);

        Assert.Throws<DomainRuleException>(() => referral.Complete(casus, "zc-1", Now));
        referral.Accept("politie-1", Now);
        Assert.Equal("politie-1", referral.AnsweredBy);
        Assert.Throws<DomainRuleException>(() => referral.Reject("te laat", "politie-1", Now));
        referral.Complete(casus, "zc-1", Now.AddDays(5));
        Assert.Throws<DomainRuleException>(() => referral.Revoke(casus, "zc-1", Now.AddDays(6)));
        Assert.Equal(ReferralStatus.Completed, referral.Status);
        Assert.Equal(CaseEventKind.ReferralCompleted, casus.Events[^1].Kind);
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_revoking_lands_on_the_case_timeline()
    {
        var casus = CaseWorkflowTests.CaseIn(CaseStatus.InProgress);
        var first = Referral.Send(casus, ReferralKind.Shelter, Guid.NewGuid(), false, LegalGround.None, "Plek nodig", "zc-1", Now);
        var second = Referral.Send(casus, ReferralKind.CareProvider, Guid.NewGuid(), false, LegalGround.None, "Zorg nodig", "zc-1", Now);

        Assert.Throws<DomainRuleException>(() => first.Reject(" ", "opvang-1", Now));
        first.Reject("Geen plek", "opvang-1", Now);
        second.Revoke(casus, "zc-1", Now);

        Assert.Equal(ReferralStatus.Rejected, first.Status);
        Assert.Equal(ReferralStatus.Revoked, second.Status);
        Assert.Equal(CaseEventKind.ReferralRevoked, casus.Events[^1].Kind);
    }

    [Fact]
    public void No_referral_from_a_closed_case_and_none_without_a_request()
    {
        var closed = CaseWorkflowTests.CaseIn(CaseStatus.Closed);
        var open = CaseWorkflowTests.CaseIn(CaseStatus.InProgress);

        Assert.Throws<DomainRuleException>(() => Referral.Send(closed, ReferralKind.Police, null, false, LegalGround.None, "x", "zc-1", Now));
        Assert.Throws<DomainRuleException>(() => Referral.Send(open, ReferralKind.Police, null, false, LegalGround.None, "  ", "zc-1", Now));
    }

    [Theory]
    [InlineData(ReferralKind.Police, Organisations.OrganisationType.Police)]
    [InlineData(ReferralKind.Shelter, Organisations.OrganisationType.CareProvider)]
    [InlineData(ReferralKind.CareProvider, Organisations.OrganisationType.CareProvider)]
    [InlineData(ReferralKind.Municipality, Organisations.OrganisationType.Municipality)]
    [InlineData(ReferralKind.CoMensha, Organisations.OrganisationType.National)]
    [InlineData(ReferralKind.Ind, null)]
    [InlineData(ReferralKind.VeiligThuis, null)]
    public void Each_kind_of_referral_goes_to_its_kind_of_organisation_or_outside_the_portal(ReferralKind kind, Organisations.OrganisationType? expected)
    {
        Assert.Equal(expected, Referral.RecipientType(kind));
    }
}
