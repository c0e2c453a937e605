using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Municipalities;

namespace Mensenhandel.Domain.Tests.Cases;

public sealed class ReferralFeedbackTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static (Case Casus, Referral Referral) Accepted(ReferralKind kind)
    {
        var casus = CaseWorkflowTests.CaseIn(CaseStatus.InProgress);
        var referral = Referral.Send(casus, kind, Guid.NewGuid(), false, LegalGround.None, "Graag", "zc-1", Now);
        referral.Accept("partner-1", Now);
        return (casus, referral);
    }

    [Fact]
    public void Feedback_is_stored_on_the_referral_and_lands_on_the_case_timeline()
    {
        var (casus, referral) = Accepted(ReferralKind.Police);

        referral.GiveFeedback(casus, ReferralFeedback.InvestigationStarted, "  team A  ", "politie-1", Now);

        Assert.Equal(ReferralFeedback.InvestigationStarted, referral.LatestFeedback);
        var entry = casus.Events[^1];
        Assert.Equal(CaseEventKind.ReferralFeedback, entry.Kind);
        Assert.Equal("Terugkoppeling politie: onderzoek gestart. team A", entry.Text);
        Assert.Equal("politie-1", entry.ActorId);
    }

    [Theory]
    [InlineData(ReferralKind.Police, ReferralFeedback.InCare)]
    [InlineData(ReferralKind.Shelter, ReferralFeedback.ReportFiled)]
    [InlineData(ReferralKind.CareProvider, ReferralFeedback.NoFollowUp)]
    public void Feedback_must_fit_the_kind_of_referral(ReferralKind kind, ReferralFeedback feedback)
    {
        var (casus, referral) = Accepted(kind);

        Assert.Throws<DomainRuleException>(() => referral.GiveFeedback(casus, feedback, null, "p", Now));
        Assert.Null(referral.LatestFeedback);
    }

    [Fact]
    public void Anders_needs_a_text_and_a_referral_not_yet_accepted_takes_no_feedback()
    {
        var (casus, referral) = Accepted(ReferralKind.Police);
        var sent = Referral.Send(casus, ReferralKind.Police, Guid.NewGuid(), false, LegalGround.None, "Graag", "zc-1", Now);

        Assert.Throws<DomainRuleException>(() => referral.GiveFeedback(casus, ReferralFeedback.Other, "  ", "p", Now));
        Assert.Throws<DomainRuleException>(() => sent.GiveFeedback(casus, ReferralFeedback.ReportFiled, null, "p", Now));
    }

    [Fact]
    public void Uitgestroomd_completes_the_care_referral()
    {
        var (casus, referral) = Accepted(ReferralKind.CareProvider);

        referral.GiveFeedback(casus, ReferralFeedback.Discharged, null, "zorg-1", Now);

        Assert.Equal(ReferralStatus.Completed, referral.Status);
        Assert.Throws<DomainRuleException>(() => referral.GiveFeedback(casus, ReferralFeedback.InCare, null, "zorg-1", Now));
    }

    [Fact]
    public void A_policy_baseline_version_counts_its_elements_and_refuses_future_dates()
    {
        var all = new PolicyBaselineAnswers(true, true, true, new DateOnly(2025, 3, 1), true, new DateOnly(2022, 1, 1));

        var first = PolicyBaselineVersion.Record("GM0361", 0, all with { InternalReportingRoute = false, StaffTrainedOn = null }, "af-1", Now);
        var second = PolicyBaselineVersion.Record("GM0361", first.Number, all, "af-1", Now);

        Assert.Equal((1, 4, false), (first.Number, first.ElementsInPlace, first.IsComplete));
        Assert.Equal((2, 6, true), (second.Number, second.ElementsInPlace, second.IsComplete));
        Assert.Throws<DomainRuleException>(() => PolicyBaselineVersion.Record("GM0361", 2, all with { PolicyPlanAdoptedOn = new DateOnly(2026, 11, 24) }, "af-1", Now));
    }
}
