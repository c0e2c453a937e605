using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Tests.Cases;

public sealed class CaseWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly HashSet<(CaseStatus From, CaseStatus To)> Allowed =
    [
        (CaseStatus.Registered, CaseStatus.InProgress), (CaseStatus.Registered, CaseStatus.Closed),
        (CaseStatus.InProgress, CaseStatus.Referred), (CaseStatus.InProgress, CaseStatus.InShelter),
        (CaseStatus.InProgress, CaseStatus.Aftercare), (CaseStatus.InProgress, CaseStatus.Closed),
        (CaseStatus.Referred, CaseStatus.InProgress), (CaseStatus.Referred, CaseStatus.InShelter),
        (CaseStatus.Referred, CaseStatus.Aftercare), (CaseStatus.Referred, CaseStatus.Closed),
        (CaseStatus.InShelter, CaseStatus.InProgress), (CaseStatus.InShelter, CaseStatus.Referred),
        (CaseStatus.InShelter, CaseStatus.Aftercare), (CaseStatus.InShelter, CaseStatus.Closed),
        (CaseStatus.Aftercare, CaseStatus.InProgress), (CaseStatus.Aftercare, CaseStatus.Closed),
        (CaseStatus.Closed, CaseStatus.InProgress),
    ];

    public static TheoryData<CaseStatus, CaseStatus> EveryMove()
    {
        var data = new TheoryData<CaseStatus, CaseStatus>();
        foreach (var from in Enum.GetValues<CaseStatus>())
            foreach (var to in Enum.GetValues<CaseStatus>())
                if (from != to) data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void The_transition_map_allows_exactly_the_listed_moves(CaseStatus from, CaseStatus to)
    {
        Assert.Equal(Allowed.Contains((from, to)), CaseWorkflow.CanMove(from, to));
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void A_case_moves_only_along_the_map_and_a_refused_move_changes_nothing(CaseStatus from, CaseStatus to)
    {
        var casus = CaseIn(from);
        var events = casus.Events.Count;

        if (Allowed.Contains((from, to)))
        {
            casus.MoveTo(to, "zc-1", Now, "reden");
            Assert.Equal(to, casus.Status);
            Assert.Equal(events + 1, casus.Events.Count);
        }
        else
        {
            var error = Assert.Throws<DomainRuleException>(() => casus.MoveTo(to, "zc-1", Now, "reden"));
            Assert.Contains("kan niet naar", error.Message);
            Assert.Equal(from, casus.Status);
            Assert.Equal(events, casus.Events.Count);
        }
    }

    [Fact]
    public void Closing_needs_a_reason_and_reopening_is_recorded_as_such()
    {
        var casus = CaseIn(CaseStatus.InProgress);

        Assert.Throws<DomainRuleException>(() => casus.MoveTo(CaseStatus.Closed, "zc-1", Now));
        casus.MoveTo(CaseStatus.Closed, "zc-1", Now, "Persoon is veilig teruggekeerd");
        Assert.NotNull(casus.ClosedAt);
        Assert.Throws<DomainRuleException>(() => casus.MoveTo(CaseStatus.InProgress, "zc-1", Now));
        casus.MoveTo(CaseStatus.InProgress, "zc-1", Now.AddDays(3), "Nieuwe melding over dezelfde persoon");

        Assert.Null(casus.ClosedAt);
        Assert.Equal(CaseEventKind.Reopened, casus.Events[^1].Kind);
    }

    [Fact]
    public void The_timeline_only_grows_and_records_who_and_when()
    {
        var casus = CaseIn(CaseStatus.Registered);
        casus.AddNote("Eerste gesprek gepland", "zc-2", Now.AddHours(1));
        casus.LinkReport("MH-2026-000002", possiblyMinor: true, "zc-2", Now.AddHours(2));

        Assert.Equal([CaseEventKind.Opened, CaseEventKind.Note, CaseEventKind.ReportLinked], casus.Events.Select(e => e.Kind));
        Assert.Equal("zc-2", casus.Events[1].ActorId);
        Assert.True(casus.PossiblyMinor);
    }

    [Fact]
    public void A_closed_case_takes_no_new_melding()
    {
        var casus = CaseIn(CaseStatus.Closed);

        Assert.Throws<DomainRuleException>(() => casus.LinkReport("MH-2026-000003", false, "zc-1", Now));
    }

    [Fact]
    public void The_reflection_period_lasts_three_months()
    {
        var casus = CaseIn(CaseStatus.InProgress);

        casus.StartReflectionPeriod(new DateOnly(2026, 11, 30), "zc-1", Now);

        Assert.Equal(new DateOnly(2027, 2, 28), casus.ReflectionPeriodEnd);
    }

    [Fact]
    public void Overriding_the_responsible_municipality_needs_a_reason()
    {
        var casus = CaseIn(CaseStatus.InProgress);

        Assert.Throws<DomainRuleException>(() => casus.SetResponsibleMunicipality("GM0361", ResponsibilityBasis.Override, null, "zc-1", Now));
        casus.SetResponsibleMunicipality("GM0361", ResponsibilityBasis.PlaceFound, null, "zc-1", Now);

        Assert.Equal("GM0361", casus.ResponsibleMunicipalityCode);
    }

    [Fact]
    public void The_place_found_must_be_where_the_meldingen_place_the_person_and_anything_else_is_an_override()
    {
        var casus = CaseIn(CaseStatus.InProgress);
        string[] found = ["GM0344"];

        Assert.Throws<DomainRuleException>(() => casus.SetResponsibleMunicipality("GM0361", ResponsibilityBasis.PlaceFound, null, "zc-1", Now, found));
        casus.SetResponsibleMunicipality("GM0344", ResponsibilityBasis.PlaceFound, null, "zc-1", Now, found);
        Assert.Throws<DomainRuleException>(() => casus.SetResponsibleMunicipality("GM0344", ResponsibilityBasis.PlaceFound, null, "zc-1", Now, found));
        casus.SetResponsibleMunicipality("GM0361", ResponsibilityBasis.Override, "Staat ingeschreven in Alkmaar volgens BRP-check", "zc-1", Now, found);
        casus.SetResponsibleMunicipality("GM0363", ResponsibilityBasis.RegisteredAddress, null, "zc-1", Now, found);

        Assert.Equal(("GM0363", ResponsibilityBasis.RegisteredAddress), (casus.ResponsibleMunicipalityCode, casus.ResponsibilityBasis));
        Assert.Equal(3, casus.Events.Count(e => e.Kind == CaseEventKind.ResponsibleMunicipalitySet));
    }

    [Fact]
    public void Changing_the_forms_of_exploitation_needs_one_and_a_real_change_and_lands_on_the_timeline()
    {
        var casus = CaseIn(CaseStatus.InProgress);
        var before = casus.Forms.Select(f => f.Form).ToList();

        Assert.Throws<DomainRuleException>(() => casus.ChangeForms([], "zc-1", Now));
        Assert.Throws<DomainRuleException>(() => casus.ChangeForms(before, "zc-1", Now));
        casus.ChangeForms([ExploitationForm.Criminal, ExploitationForm.Labour], "zc-1", Now);

        Assert.Equal([ExploitationForm.Labour, ExploitationForm.Criminal], casus.Forms.Select(f => f.Form).Order());
        Assert.Equal("Vormen van uitbuiting: arbeidsuitbuiting, criminele uitbuiting", casus.Events[^1].Text);
    }

    [Fact]
    public void Reassigning_lands_on_the_timeline_and_reassigning_to_the_same_person_is_refused()
    {
        var casus = CaseIn(CaseStatus.InProgress);

        casus.AssignTo("zc-2", "zc-1", Now);

        Assert.Equal("zc-2", casus.AssignedTo);
        Assert.Equal(CaseEventKind.Assigned, casus.Events[^1].Kind);
        Assert.Throws<DomainRuleException>(() => casus.AssignTo("zc-2", "zc-1", Now));
    }

    [Fact]
    public void A_funding_dispute_involves_two_municipalities_escalates_when_old_and_resolves_to_one_of_them()
    {
        var casus = CaseIn(CaseStatus.InShelter);

        Assert.Throws<DomainRuleException>(() => casus.OpenFundingDispute(["GM0361"], null, "zc-1", Now));
        var dispute = casus.OpenFundingDispute(["GM0361", "GM0363"], "Beide gemeenten wijzen naar elkaar", "zc-1", Now);
        Assert.True(casus.HasOpenDispute);
        Assert.False(dispute.IsEscalated(Now.AddDays(9), new FundingDisputePolicy(10)));
        Assert.True(dispute.IsEscalated(Now.AddDays(10), new FundingDisputePolicy(10)));
        Assert.Throws<DomainRuleException>(() => casus.ResolveFundingDispute(dispute.Id, "GM0344", "zc-1", Now));

        casus.ResolveFundingDispute(dispute.Id, "GM0363", "zc-1", Now.AddDays(11));

        Assert.False(casus.HasOpenDispute);
        Assert.Equal("GM0363", casus.ResponsibleMunicipalityCode);
        Assert.False(dispute.IsEscalated(Now.AddDays(30), new FundingDisputePolicy(10)));
    }

    [Fact]
    public void Only_one_shelter_placement_runs_at_a_time_and_it_cannot_end_before_it_starts()
    {
        var casus = CaseIn(CaseStatus.InProgress);
        var placement = casus.StartShelter(Guid.NewGuid(), new DateOnly(2026, 11, 23), "zc-1", Now);

        Assert.Equal(CaseStatus.InShelter, casus.Status);
        Assert.Throws<DomainRuleException>(() => casus.StartShelter(Guid.NewGuid(), new DateOnly(2026, 11, 24), "zc-1", Now));
        Assert.Throws<DomainRuleException>(() => casus.EndShelter(placement.Id, new DateOnly(2026, 11, 1), "zc-1", Now));
        casus.EndShelter(placement.Id, new DateOnly(2026, 12, 20), "zc-1", Now);
        Assert.Equal(new DateOnly(2026, 12, 20), placement.EndOn);
    }

    internal static Case CaseIn(CaseStatus status, bool possiblyMinor = false, Consent consent = Consent.Unknown)
    {
        var casus = Case.Open("CS-2026-000001", "RE04", "zc-1", [ExploitationForm.Labour], possiblyMinor, consent, "MH-2026-000001", Now);
        var path = status switch
        {
            CaseStatus.Registered => Array.Empty<CaseStatus>(),
            CaseStatus.InProgress => [CaseStatus.InProgress],
            CaseStatus.Referred => [CaseStatus.InProgress, CaseStatus.Referred],
            CaseStatus.InShelter => [CaseStatus.InProgress, CaseStatus.InShelter],
            CaseStatus.Aftercare => [CaseStatus.InProgress, CaseStatus.Aftercare],
            CaseStatus.Closed => [CaseStatus.Closed],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path) casus.MoveTo(step, "zc-1", Now, "voorbereiding");
        return casus;
    }
}
