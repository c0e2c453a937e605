using System.Net;
using AngleSharp.Dom;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Privacy;

public sealed class ConsentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Coordinator, Guid CaseId)> OpenCaseAsync(string initials, string consent)
    {
        var report = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", initials).Set("Input.Consent", consent));
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var response = await coordinator.SubmitAsync($"/meldingen/{report.Id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
        return (coordinator, Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]));
    }

    private static Task<HttpResponseMessage> ReferAsync(HttpClient coordinator, Guid caseId, string kind, Guid organisation, string ground) =>
        coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>
        {
            ["Referral.Kind"] = kind, ["Referral.RecipientOrganisationId"] = organisation.ToString(),
            ["Referral.SharesIdentity"] = "true", ["Referral.LegalGround"] = ground, ["Referral.Request"] = "Graag contact",
        }, "form[action*='handler=Refer']");

    [Fact]
    public async Task Consent_is_recorded_with_its_text_version_and_channel_and_a_missing_channel_keeps_the_input()
    {
        var (coordinator, caseId) = await OpenCaseAsync("C.D.", "Unknown");

        var missing = await coordinator.SubmitAsync($"/casussen/{caseId}/toestemming", new Dictionary<string, string> { ["TextVersion"] = "2026-01" },
            "form[action*='handler=Record']");
        var recorded = await coordinator.SubmitAsync($"/casussen/{caseId}/toestemming",
            new Dictionary<string, string> { ["TextVersion"] = "2026-01", ["Channel"] = "Interpreter" }, "form[action*='handler=Record']");

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var page = await Html.ParseAsync(missing);
        Assert.Contains("Kies via wie", page.QuerySelector("#foutmeldingen")?.TextContent);
        Assert.Equal("2026-01", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#TextVersion")?.Value);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var record = await portal.WithDbAsync(db => db.ConsentRecords.SingleAsync(c => c.CaseId == caseId));
        Assert.Equal(("2026-01", ConsentChannel.Interpreter, (DateTimeOffset?)null), (record.TextVersion, record.Channel, record.WithdrawnAt));
        Assert.Equal(Mensenhandel.Domain.Reports.Consent.Given, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Consent).SingleAsync()));
    }

    [Fact]
    public async Task Withdrawal_hides_the_shared_fields_from_the_recipient_at_once_and_tells_the_coordinator()
    {
        var (coordinator, caseId) = await OpenCaseAsync("W.Z.", "Given");
        await ReferAsync(coordinator, caseId, "Shelter", DemoData.Organisations.ShelterNoordHolland, "Consent");
        await ReferAsync(coordinator, caseId, "Police", DemoData.Organisations.PoliceNoordHolland, "AcuteDanger");
        var referrals = await portal.WithDbAsync(db => db.Referrals.Where(r => r.CaseId == caseId).ToDictionaryAsync(r => r.Kind, r => r.Id));
        var shelter = await portal.LoginAsync(DemoUsers.CarePartnerNoordHolland);
        var police = await portal.LoginAsync(DemoUsers.PoliceNoordHolland);
        var before = await Html.ParseAsync(await shelter.GetAsync($"/verwijzingen/{referrals[ReferralKind.Shelter]}"));
        Assert.StartsWith("W.Z.", before.QuerySelector("#identiteit")?.TextContent.Trim());

        var withdrawn = await coordinator.SubmitAsync($"/casussen/{caseId}/toestemming", new Dictionary<string, string>(), "form[action*='handler=Withdraw']");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var after = await Html.ParseAsync(await shelter.GetAsync($"/verwijzingen/{referrals[ReferralKind.Shelter]}"));
        Assert.DoesNotContain("W.Z.", after.QuerySelector("main")!.TextContent);
        Assert.Contains("ingetrokken", after.QuerySelector("#identiteit")?.TextContent);
        // Acute danger does not rest on consent: that recipient keeps what it was given.
        var policePage = await Html.ParseAsync(await police.GetAsync($"/verwijzingen/{referrals[ReferralKind.Police]}"));
        Assert.StartsWith("W.Z.", policePage.QuerySelector("#identiteit")?.TextContent.Trim());

        var message = await portal.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Type == Mensenhandel.Web.Privacy.PrivacyMail.ConsentWithdrawn && m.ReportId == caseId));
        Assert.Equal("RE04", message.RegionId);
        Assert.True(await portal.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.ConsentWithdrawn)));
        Assert.True(await portal.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.ConsentWithdrawn && e.ObjectId == caseId.ToString())));
        var mail = await portal.Services.GetRequiredService<Mensenhandel.Web.Privacy.PrivacyMail>()
            .ComposeAsync(message, "portaal@example.org", "https://portaal.example", CancellationToken.None);
        Assert.Contains(DemoUsers.CoordinatorNoordHolland.Email, mail.To.ToString());
        Assert.DoesNotContain("W.Z.", mail.TextBody);
        Assert.DoesNotContain("W.Z.", mail.Subject);
    }
}
