using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Privacy;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Domain.Tests.Cases;

namespace Mensenhandel.Domain.Tests.Privacy;

public sealed class ConsentAndPseudonymisationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Withdrawal_affects_only_referrals_that_shared_identity_on_consent()
    {
        var casus = CaseWorkflowTests.CaseIn(CaseStatus.InProgress, possiblyMinor: true);
        casus.RecordConsent("2026-01", ConsentChannel.InPerson, "zc-1", Now);
        var onConsent = Referral.Send(casus, ReferralKind.Shelter, null, true, LegalGround.Consent, "Opvang", "zc-1", Now);
        var onMinor = Referral.Send(casus, ReferralKind.VeiligThuis, null, true, LegalGround.Minor, "Melding", "zc-1", Now);
        var anonymous = Referral.Send(casus, ReferralKind.Police, null, false, LegalGround.None, "Beoordelen", "zc-1", Now);

        var affected = casus.WithdrawConsent([onConsent, onMinor, anonymous], "zc-1", Now.AddDays(1));

        Assert.Equal([onConsent], affected);
        Assert.False(onConsent.IdentityVisible);
        Assert.True(onMinor.IdentityVisible);
        Assert.False(anonymous.IdentityVisible);
        Assert.Equal(Consent.Refused, casus.Consent);
        Assert.Equal(Now.AddDays(1), casus.ConsentRecords.Single().WithdrawnAt);
        Assert.Equal(CaseEventKind.ConsentWithdrawn, casus.Events[^1].Kind);
        Assert.Throws<DomainRuleException>(() => Referral.Send(casus, ReferralKind.Shelter, null, true, LegalGround.Consent, "Opnieuw", "zc-1", Now));
        Assert.Throws<DomainRuleException>(() => casus.WithdrawConsent([], "zc-1", Now));
    }

    [Fact]
    public void A_new_consent_after_withdrawal_is_a_new_record_and_the_history_stays()
    {
        var casus = CaseWorkflowTests.CaseIn(CaseStatus.InProgress);
        casus.RecordConsent("2026-01", ConsentChannel.Interpreter, "zc-1", Now);
        Assert.Throws<DomainRuleException>(() => casus.RecordConsent("2026-01", ConsentChannel.InPerson, "zc-1", Now));
        casus.WithdrawConsent([], "zc-1", Now);

        casus.RecordConsent("2026-02", ConsentChannel.Written, "zc-1", Now.AddDays(2));

        Assert.Equal(["2026-01", "2026-02"], casus.ConsentRecords.Select(c => c.TextVersion));
        Assert.Equal(Consent.Given, casus.Consent);
        Assert.Throws<DomainRuleException>(() => casus.RecordConsent("", ConsentChannel.Written, "zc-1", Now));
    }

    [Fact]
    public void Pseudonymising_a_case_blanks_free_text_keeps_facts_and_blocks_new_consent()
    {
        var casus = CaseWorkflowTests.CaseIn(CaseStatus.InProgress);
        casus.AddNote("Vertrouwelijke notitie", "zc-1", Now);
        var referral = Referral.Send(casus, ReferralKind.Police, null, false, LegalGround.None, "Vraag", "zc-1", Now);
        casus.MoveTo(CaseStatus.Closed, "zc-1", Now, "Klaar");
        var events = casus.Events.Count;

        casus.Pseudonymise(Now);
        referral.Pseudonymise();
        casus.Pseudonymise(Now.AddDays(1));

        Assert.All(casus.Events, e => Assert.Equal("", e.Text));
        Assert.Equal(events + 1, casus.Events.Count);
        Assert.Equal(Now, casus.PseudonymisedAt);
        Assert.Equal(CaseStatus.Closed, casus.Status);
        Assert.Equal("", referral.Request);
        Assert.Throws<DomainRuleException>(() => casus.RecordConsent("2026-01", ConsentChannel.InPerson, "zc-1", Now));
    }

    [Fact]
    public void An_erasure_refusal_needs_the_refusal_ground_and_a_grant_cannot_use_it()
    {
        Assert.Throws<DomainRuleException>(() => new PrivacyDecision("CS-2026-000001", PrivacyRequestKind.Erasure, PrivacyGround.NoLongerNecessary, false, "b-1", Now));
        Assert.Throws<DomainRuleException>(() => new PrivacyDecision("CS-2026-000001", PrivacyRequestKind.Erasure, PrivacyGround.RefusedOngoingCareOrLegalObligation, true, "b-1", Now));
        var decision = new PrivacyDecision("CS-2026-000001", PrivacyRequestKind.Erasure, PrivacyGround.UnlawfulProcessing, true, "b-1", Now);
        Assert.True(decision.Granted);
    }
}
