using System.Net;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Municipalities;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Partners;

/// <summary>Politie, zorg/opvang and gemeente acting on what reaches them, and the coordinator seeing it.</summary>
public sealed class PartnerTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> NoFields() => [];

    private async Task<(HttpClient Coordinator, Guid CaseId, Guid ReferralId)> ReferAsync(string kind, Guid recipient)
    {
        var report = await portal.SubmitReportAsync("GM0361");
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var opened = await coordinator.SubmitAsync($"/meldingen/{report.Id}", NoFields(), "form[action*='handler=OpenCase']");
        var caseId = Guid.Parse(opened.Headers.Location!.OriginalString.Split('/')[^1]);
        await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string> { ["NewStatus"] = "InProgress" }, "form[action*='handler=Status']");
        await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>
        {
            ["Referral.Kind"] = kind, ["Referral.RecipientOrganisationId"] = recipient.ToString(),
            ["Referral.SharesIdentity"] = "false", ["Referral.LegalGround"] = "None", ["Referral.Request"] = "Graag oppakken",
        }, "form[action*='handler=Refer']");
        var referralId = await portal.WithDbAsync(db => db.Referrals.Where(r => r.CaseId == caseId).Select(r => r.Id).SingleAsync());
        return (coordinator, caseId, referralId);
    }

    private static async Task<string> TimelineAsync(HttpClient coordinator, Guid caseId) =>
        (await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"))).QuerySelector(".mh-timeline")?.TextContent ?? "";

    [Fact]
    public async Task The_polices_feedback_lands_on_the_coordinators_case_timeline_and_is_audited()
    {
        var (coordinator, caseId, referralId) = await ReferAsync("Police", DemoData.Organisations.PoliceNoordHolland);
        var police = await portal.LoginAsync(DemoUsers.PoliceNoordHolland);
        await police.SubmitAsync($"/verwijzingen/{referralId}", NoFields(), "form[action*='handler=Accept']");

        var sent = await police.SubmitAsync($"/verwijzingen/{referralId}",
            new Dictionary<string, string> { ["Feedback"] = "ReportFiled", ["FeedbackText"] = "Aangifte op 20 november" }, "form[action*='handler=Feedback']");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var timeline = await TimelineAsync(coordinator, caseId);
        Assert.Contains("Terugkoppeling politie: aangifte opgenomen. Aangifte op 20 november", timeline);
        Assert.Equal(ReferralFeedback.ReportFiled, await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.LatestFeedback).SingleAsync()));
        Assert.True(await portal.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Changed && e.ObjectId == referralId.ToString() && e.Detail!.Contains("ReportFiled"))));
    }

    [Fact]
    public async Task Feedback_anders_without_text_or_a_care_status_for_the_police_is_refused_in_dutch_and_nothing_is_stored()
    {
        var (_, caseId, referralId) = await ReferAsync("Police", DemoData.Organisations.PoliceNoordHolland);
        var police = await portal.LoginAsync(DemoUsers.PoliceNoordHolland);
        await police.SubmitAsync($"/verwijzingen/{referralId}", NoFields(), "form[action*='handler=Accept']");

        var other = await police.SubmitAsync($"/verwijzingen/{referralId}", new Dictionary<string, string> { ["Feedback"] = "Other" }, "form[action*='handler=Feedback']");
        var wrongKind = await police.SubmitAsync($"/verwijzingen/{referralId}", new Dictionary<string, string> { ["Feedback"] = "InCare" }, "form[action*='handler=Feedback']");
        var garbage = await police.SubmitAsync($"/verwijzingen/{referralId}", new Dictionary<string, string> { ["Feedback"] = "<script>" }, "form[action*='handler=Feedback']");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("Licht 'anders' kort toe", (await Html.ParseAsync(other)).QuerySelector("#foutmeldingen")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, wrongKind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.ReferralFeedback)));
    }

    [Fact]
    public async Task The_shelter_records_start_and_end_of_the_stay_and_care_statuses_and_discharge_completes_the_referral()
    {
        var (coordinator, caseId, referralId) = await ReferAsync("Shelter", DemoData.Organisations.ShelterNoordHolland);
        var shelter = await portal.LoginAsync(DemoUsers.CarePartnerNoordHolland);
        var page = $"/verwijzingen/{referralId}";
        await shelter.SubmitAsync(page, NoFields(), "form[action*='handler=Accept']");
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);

        var future = await shelter.SubmitAsync(page, new Dictionary<string, string> { ["ShelterStart"] = today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, "form[action*='handler=StartShelter']");
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Equal(today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (await Html.ParseAsync(future)).QuerySelector("#ShelterStart")?.GetAttribute("value"));

        await shelter.SubmitAsync(page, new Dictionary<string, string> { ["ShelterStart"] = today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, "form[action*='handler=StartShelter']");
        await shelter.SubmitAsync(page, new Dictionary<string, string> { ["Feedback"] = "InCare" }, "form[action*='handler=Feedback']");
        await shelter.SubmitAsync(page, new Dictionary<string, string> { ["ShelterEnd"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, "form[action*='handler=EndShelter']");
        await shelter.SubmitAsync(page, new Dictionary<string, string> { ["Feedback"] = "Discharged" }, "form[action*='handler=Feedback']");

        var timeline = await TimelineAsync(coordinator, caseId);
        Assert.Contains("Opvang gestart", timeline);
        Assert.Contains("Terugkoppeling opvang: in zorg", timeline);
        Assert.Contains("Opvang beëindigd", timeline);
        Assert.Contains("uitgestroomd", timeline);
        var placement = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).SelectMany(c => c.Placements).SingleAsync());
        Assert.Equal(DemoData.Organisations.ShelterNoordHolland, placement.OrganisationId);
        Assert.Equal(today, placement.EndOn);
        Assert.Equal(ReferralStatus.Completed, await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_gemeente_sees_only_the_role_fields_of_its_cases_and_resolves_its_funding_dispute()
    {
        var (_, caseId, _) = await ReferAsync("Police", DemoData.Organisations.PoliceNoordHolland);
        await portal.WithDbAsync(async db =>
        {
            var casus = await db.Cases.Include(c => c.Disputes).SingleAsync(c => c.Id == caseId);
            casus.AddNote("Geheime notitie over het slachtoffer", "test", portal.Clock.GetUtcNow());
            casus.OpenFundingDispute(["GM0361", "GM0344"], null, "test", portal.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        var officer = await portal.LoginAsync(DemoUsers.MunicipalityAlkmaar);

        var page = await Html.ParseAsync(await officer.GetAsync("/gemeente"));
        var main = page.QuerySelector("main")!.TextContent;
        Assert.NotNull(page.QuerySelector($"#gemeente-casussen tr[data-case='{caseId}']"));
        Assert.DoesNotContain("Geheime notitie", main);
        Assert.DoesNotContain("Graag oppakken", main);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/casussen/{caseId}")).StatusCode);

        Assert.Equal(caseId.ToString(), Assert.Single(page.QuerySelectorAll("form.mh-dispute input[name=CaseId]")).GetAttribute("value"));
        var resolved = await officer.SubmitAsync(page, "/gemeente",
            new Dictionary<string, string> { ["PayingMunicipalityCode"] = "GM0361" }, "form.mh-dispute");

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Cases.Include(c => c.Disputes).SingleAsync(c => c.Id == caseId));
        Assert.Equal("GM0361", stored.ResponsibleMunicipalityCode);
        Assert.False(stored.HasOpenDispute);
    }

    [Fact]
    public async Task Another_municipality_cannot_resolve_a_dispute_it_is_not_part_of()
    {
        var (_, caseId, _) = await ReferAsync("Police", DemoData.Organisations.PoliceNoordHolland);
        var disputeId = await portal.WithDbAsync(async db =>
        {
            var casus = await db.Cases.Include(c => c.Disputes).SingleAsync(c => c.Id == caseId);
            var d = casus.OpenFundingDispute(["GM0373", "GM0344"], null, "test", portal.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return d.Id;
        });
        var officer = await portal.LoginAsync(DemoUsers.MunicipalityAlkmaar);
        var token = (await Html.ParseAsync(await officer.GetAsync("/gemeente"))).Token();

        var post = await officer.PostAsync("/gemeente?handler=Resolve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["CaseId"] = caseId.ToString(), ["DisputeId"] = disputeId.ToString(),
            ["Version"] = "0", ["PayingMunicipalityCode"] = "GM0373",
        }));

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Disputes.Any(d => d.ResolvedAt == null)).SingleAsync()));
        Assert.True(await portal.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.AccessDenied && e.ObjectId == caseId.ToString())));
    }

    [Fact]
    public async Task Every_save_of_the_policy_baseline_is_a_new_version_and_a_stale_form_gets_a_conflict_with_its_input_kept()
    {
        var officer = await portal.LoginAsync(DemoUsers.MunicipalityAlkmaar);
        var first = await Html.ParseAsync(await officer.GetAsync("/gemeente/basisniveau"));
        var stale = first;

        var saved = await officer.SubmitAsync(first, "/gemeente/basisniveau", new Dictionary<string, string>
        {
            ["Input.DesignatedOfficerAppointed"] = "true", ["Input.PolicyPlanAdoptedOn"] = "2022-03-01",
        }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var second = await Html.ParseAsync(await officer.GetAsync("/gemeente/basisniveau"));
        await officer.SubmitAsync(second, "/gemeente/basisniveau", new Dictionary<string, string>
        {
            ["Input.DesignatedOfficerAppointed"] = "true", ["Input.InternalReportingRoute"] = "true", ["Input.PolicyPlanAdoptedOn"] = "2022-03-01",
        }, "main form");

        var conflict = await officer.SubmitAsync(stale, "/gemeente/basisniveau", new Dictionary<string, string>
        {
            ["Input.AwarenessActivities"] = "true", ["Input.StaffTrainedOn"] = "2025-01-15",
        }, "main form");
        var badDate = await officer.SubmitAsync(second, "/gemeente/basisniveau", new Dictionary<string, string> { ["Input.StaffTrainedOn"] = "31-31-2025" }, "main form");

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var conflictPage = await Html.ParseAsync(conflict);
        Assert.Contains("intussen opgeslagen", conflictPage.QuerySelector("#foutmeldingen")?.TextContent);
        Assert.Equal("2025-01-15", conflictPage.QuerySelector("#Input_StaffTrainedOn")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Contains("geldige datum", (await Html.ParseAsync(badDate)).QuerySelector("#foutmeldingen")?.TextContent);
        var versions = await portal.WithDbAsync(db => db.PolicyBaselineVersions.Where(v => v.MunicipalityCode == "GM0361").OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.False(versions[0].InternalReportingRoute);
        Assert.True(versions[1].InternalReportingRoute);

        var region = await Html.ParseAsync(await (await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland)).GetAsync("/gemeente/basisniveau/regio"));
        Assert.Contains("3 van 6", region.QuerySelector("#basisniveau-regio tr[data-gemeente='GM0361']")?.TextContent);
        Assert.Null(region.QuerySelector("#basisniveau-regio tr[data-gemeente='GM0344']"));
    }
}
