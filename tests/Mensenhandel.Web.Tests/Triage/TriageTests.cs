using System.Net;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Triage;

public sealed class TriageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> NoFields() => [];

    private Task<(HttpClient Coordinator, Guid CaseId, SubmittedReport Report)> OpenCaseAsync(Action<ReportFields>? change = null) =>
        portal.OpenCaseAsync(change);

    [Fact]
    public async Task Triage_into_a_new_case_opens_it_with_the_melding_on_its_timeline()
    {
        var (coordinator, caseId, report) = await OpenCaseAsync();

        var page = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        var stored = await portal.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == report.Id));

        Assert.Matches(@"^Casus CS-\d{4}-\d{6}$", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(report.Reference, page.QuerySelector(".mh-timeline")?.TextContent);
        Assert.Equal(caseId, stored.CaseId);
        Assert.Equal(ReportStatus.InProgress, stored.Status);
        Assert.Equal("aangemeld", page.QuerySelector("#casus-status")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_second_melding_about_the_same_person_is_suggested_and_linked_to_the_existing_case()
    {
        var (coordinator, caseId, _) = await OpenCaseAsync(f => f.Set("Input.VictimName", "K.L."));
        var second = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", "k l"));

        var page = await Html.ParseAsync(await coordinator.GetAsync($"/meldingen/{second.Id}"));
        Assert.NotNull(page.QuerySelector(".mh-suggestions"));
        var linked = await coordinator.SubmitAsync($"/meldingen/{second.Id}", new Dictionary<string, string> { ["LinkCaseId"] = caseId.ToString() },
            "form[action*='handler=Link']");

        Assert.Equal($"/casussen/{caseId}", linked.Headers.Location?.OriginalString);
        Assert.Equal(caseId, await portal.WithDbAsync(db => db.Reports.Where(r => r.Id == second.Id).Select(r => r.CaseId).SingleAsync()));
    }

    [Fact]
    public async Task Closing_a_melding_needs_a_reason_and_then_records_it()
    {
        var report = await portal.SubmitReportAsync("GM0361");
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var missing = await coordinator.SubmitAsync($"/meldingen/{report.Id}", NoFields(), "form[action*='handler=Close']");
        var closed = await coordinator.SubmitAsync($"/meldingen/{report.Id}", new Dictionary<string, string> { ["ClosingReason"] = "InsufficientInformation" },
            "form[action*='handler=Close']");

        Assert.Contains("Kies een reden", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == report.Id));
        Assert.Equal(ReportStatus.Closed, stored.Status);
        Assert.Equal(ReportClosingReason.InsufficientInformation, stored.ClosingReason);
    }

    [Fact]
    public async Task Two_coordinators_saving_the_same_case_the_second_gets_the_conflict_and_the_first_change_stays()
    {
        var (first, caseId, _) = await OpenCaseAsync();
        var second = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var firstForm = await Html.ParseAsync(await first.GetAsync($"/casussen/{caseId}"));
        var secondForm = await Html.ParseAsync(await second.GetAsync($"/casussen/{caseId}"));

        var saved = await first.SubmitAsync(firstForm, $"/casussen/{caseId}", new Dictionary<string, string> { ["NewStatus"] = "InProgress" },
            "form[action*='handler=Status']");
        var conflict = await second.SubmitAsync(secondForm, $"/casussen/{caseId}", new Dictionary<string, string> { ["Note"] = "Mijn notitie van de tweede" },
            "form[action*='handler=Note']");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await Html.ParseAsync(conflict);
        Assert.Contains("intussen door een collega gewijzigd", page.QuerySelector("#foutmeldingen")?.TextContent);
        Assert.Contains("in behandeling", page.QuerySelector("#foutmeldingen")?.TextContent);
        Assert.Equal("Mijn notitie van de tweede", page.QuerySelector("#Note")?.TextContent);
        var events = await portal.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == caseId).Select(e => e.Text).ToListAsync());
        Assert.DoesNotContain("Mijn notitie van de tweede", events);
        Assert.Equal(CaseStatus.InProgress, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_referral_sharing_identity_without_consent_or_legal_ground_is_refused_and_nothing_is_stored()
    {
        var (coordinator, caseId, _) = await OpenCaseAsync(f => f.Set("Input.Consent", "Refused"));

        var response = await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>
        {
            ["Referral.Kind"] = "Police", ["Referral.RecipientOrganisationId"] = DemoData.Organisations.PoliceNoordHolland.ToString(),
            ["Referral.SharesIdentity"] = "true", ["Referral.LegalGround"] = "Consent", ["Referral.Request"] = "Graag aangifte opnemen",
        }, "form[action*='handler=Refer']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("geen toestemming vastgelegd", (await Html.ParseAsync(response)).QuerySelector("#foutmeldingen")?.TextContent);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Referrals.CountAsync(r => r.CaseId == caseId)));
    }

    [Fact]
    public async Task The_recipient_sees_only_what_the_referral_shares_and_its_answer_lands_on_the_timeline()
    {
        var (coordinator, caseId, _) = await OpenCaseAsync(f => f.Set("Input.VictimName", "X.Y.").Set("Input.Consent", "Refused"));
        await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>
        {
            ["Referral.Kind"] = "Police", ["Referral.RecipientOrganisationId"] = DemoData.Organisations.PoliceNoordHolland.ToString(),
            ["Referral.SharesIdentity"] = "false", ["Referral.LegalGround"] = "None", ["Referral.Request"] = "Beoordeel of onderzoek nodig is",
        }, "form[action*='handler=Refer']");
        var referralId = await portal.WithDbAsync(db => db.Referrals.Where(r => r.CaseId == caseId).Select(r => r.Id).SingleAsync());
        var police = await portal.LoginAsync(DemoUsers.PoliceNoordHolland);

        var page = await Html.ParseAsync(await police.GetAsync($"/verwijzingen/{referralId}"));
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Equal("Niet gedeeld", page.QuerySelector("#identiteit")?.TextContent.Trim());
        Assert.DoesNotContain("X.Y.", text);
        Assert.DoesNotContain("Petra de Vries", text);
        Assert.DoesNotContain("kas en wordt steeds", text);
        Assert.Contains("Beoordeel of onderzoek nodig is", page.QuerySelector("#vraag")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/casussen/{caseId}")).StatusCode);

        var accepted = await police.SubmitAsync(page, $"/verwijzingen/{referralId}", NoFields(), "form[action*='handler=Accept']");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var timeline = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        Assert.Contains("geaccepteerd", timeline.QuerySelector(".mh-timeline")?.TextContent);

        var careOther = await portal.LoginAsync(DemoUsers.CarePartnerNoordHolland);
        Assert.Equal(HttpStatusCode.NotFound, (await careOther.GetAsync($"/verwijzingen/{referralId}")).StatusCode);
    }

    [Fact]
    public async Task With_a_legal_ground_the_recipient_sees_the_initials()
    {
        var (coordinator, caseId, _) = await OpenCaseAsync(f => f.Set("Input.VictimName", "Q.R.").Set("Input.Consent", "Given"));
        await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>
        {
            ["Referral.Kind"] = "Shelter", ["Referral.RecipientOrganisationId"] = DemoData.Organisations.ShelterNoordHolland.ToString(),
            ["Referral.SharesIdentity"] = "true", ["Referral.LegalGround"] = "Consent", ["Referral.Request"] = "Opvangplek gezocht",
        }, "form[action*='handler=Refer']");
        var referralId = await portal.WithDbAsync(db => db.Referrals.Where(r => r.CaseId == caseId).Select(r => r.Id).SingleAsync());
        var shelter = await portal.LoginAsync(DemoUsers.CarePartnerNoordHolland);

        var page = await Html.ParseAsync(await shelter.GetAsync($"/verwijzingen/{referralId}"));

        Assert.StartsWith("Q.R.", page.QuerySelector("#identiteit")?.TextContent.Trim());
    }

    [Fact]
    public async Task Another_regions_coordinator_gets_404_on_the_melding_the_case_its_municipality_page_and_their_forms()
    {
        var (_, caseId, report) = await OpenCaseAsync();
        var other = await portal.LoginAsync(DemoUsers.CoordinatorMiddenNederland);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/meldingen/{report.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/casussen/{caseId}")).StatusCode);
        var token = (await Html.ParseAsync(await other.GetAsync("/casussen"))).Token();
        var post = await other.PostAsync($"/casussen/{caseId}?handler=Note", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Note"] = "mag niet", ["Version"] = "0",
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/casussen/{caseId}/gemeente")).StatusCode);
        var dispute = await other.PostAsync($"/casussen/{caseId}/gemeente?handler=OpenDispute", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Dispute.MunicipalityCodes[0]"] = "GM0361", ["Dispute.MunicipalityCodes[1]"] = "GM0363",
            ["Dispute.Note"] = "mag niet", ["Version"] = "0",
        }));
        Assert.Equal(HttpStatusCode.NotFound, dispute.StatusCode);
        Assert.False((await portal.WithDbAsync(db => db.Cases.Include(c => c.Disputes).SingleAsync(c => c.Id == caseId))).HasOpenDispute);
        Assert.DoesNotContain("mag niet", await portal.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == caseId).Select(e => e.Text).ToListAsync()));
        Assert.DoesNotContain(caseId.ToString(), await (await other.GetAsync("/casussen")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_shelter_placement_is_recorded_on_the_case()
    {
        var (coordinator, caseId, _) = await OpenCaseAsync();
        await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string> { ["NewStatus"] = "InProgress" }, "form[action*='handler=Status']");

        var response = await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>
        {
            ["ShelterOrganisationId"] = DemoData.Organisations.ShelterNoordHolland.ToString(), ["ShelterStart"] = "2026-11-20",
        }, "form[action*='handler=StartShelter']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CaseStatus.InShelter, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync()));
    }
}
