using AngleSharp.Dom;
using System.Net;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Triage;

/// <summary>The coordinator's work on a casus beyond status and notes: assignment, bedenktijd, the paying municipality, disputes, referrals.</summary>
public sealed class CaseWorkTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    private Task<Case> LoadAsync(Guid caseId) =>
        portal.WithDbAsync(db => db.Cases.Include(c => c.Events).Include(c => c.Disputes).AsSplitQuery().SingleAsync(c => c.Id == caseId));

    [Fact]
    public async Task A_casus_is_reassigned_to_a_colleague_of_the_region_only()
    {
        var colleague = await portal.AddColleagueInNoordHollandAsync("collega.nh@demo.mensenhandel.nl");
        var (coordinator, caseId, _) = await portal.OpenCaseAsync();
        var page = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        Assert.Contains(page.QuerySelectorAll("#AssignTo option"), o => o.GetAttribute("value") == colleague);
        Assert.DoesNotContain(page.QuerySelectorAll("#AssignTo option"), o => o.TextContent.Contains("zorgcoordinator.mn@", StringComparison.Ordinal));

        var outsider = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.CoordinatorMiddenNederland.Email).Select(u => u.Id).SingleAsync());
        var refused = await coordinator.SubmitAsync($"/casussen/{caseId}", Fields(("AssignTo", outsider)), "form[action*='handler=Assign']");
        var assigned = await coordinator.SubmitAsync($"/casussen/{caseId}", Fields(("AssignTo", colleague)), "form[action*='handler=Assign']");

        Assert.Contains("Kies een zorgcoördinator van deze regio", (await Html.ParseAsync(refused)).QuerySelector("#foutmeldingen").Text());
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var stored = await LoadAsync(caseId);
        Assert.Equal(colleague, stored.AssignedTo);
        Assert.Equal(CaseEventKind.Assigned, stored.Events.OrderBy(e => e.At).Last().Kind);
        var mine = await Html.ParseAsync(await coordinator.GetAsync("/casussen?mijn=true"));
        Assert.DoesNotContain(stored.Reference, mine.QuerySelector("main").Text());
    }

    [Fact]
    public async Task The_coordinator_changes_the_forms_of_exploitation_and_none_at_all_is_refused()
    {
        var (coordinator, caseId, _) = await portal.OpenCaseAsync();

        var page = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Forms-Labour")?.IsChecked);
        var action = page.QuerySelector("form[action*='handler=Forms']")!.GetAttribute("action")!;
        var none = await coordinator.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.Token(), ["Version"] = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
        }));
        var changed = await coordinator.PostAsync(action, new FormUrlEncodedContent(new[]
        {
            KeyValuePair.Create("__RequestVerificationToken", page.Token()), KeyValuePair.Create("Version", page.QuerySelector("input[name=Version]")!.GetAttribute("value")!),
            KeyValuePair.Create("Forms", "Criminal"), KeyValuePair.Create("Forms", "Labour"),
        }));

        Assert.Contains("Kies ten minste één vorm", (await Html.ParseAsync(none)).QuerySelector("#foutmeldingen").Text());
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Cases.Include(c => c.Forms).SingleAsync(c => c.Id == caseId));
        Assert.Equal([Domain.Reports.ExploitationForm.Labour, Domain.Reports.ExploitationForm.Criminal], stored.Forms.Select(f => f.Form).Order());
    }

    [Fact]
    public async Task The_reflection_period_starts_once_and_shows_its_end()
    {
        var (coordinator, caseId, _) = await portal.OpenCaseAsync();

        var missing = await coordinator.SubmitAsync($"/casussen/{caseId}", Fields(("ReflectionStart", "")), "form[action*='handler=Reflection']");
        var started = await coordinator.SubmitAsync($"/casussen/{caseId}", Fields(("ReflectionStart", "2026-12-01")), "form[action*='handler=Reflection']");

        Assert.Contains("Vul de begindatum van de bedenktijd in", (await Html.ParseAsync(missing)).QuerySelector("#foutmeldingen").Text());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(new DateOnly(2027, 3, 1), (await LoadAsync(caseId)).ReflectionPeriodEnd);
        var page = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        Assert.Contains("1 maart 2027", page.QuerySelector(".mh-facts").Text());
        Assert.Null(page.QuerySelector("form[action*='handler=Reflection']"));
    }

    [Fact]
    public async Task The_responsible_municipality_is_proposed_from_the_melding_and_overriding_it_needs_a_reason()
    {
        var (coordinator, caseId, _) = await portal.OpenCaseAsync(municipality: "GM0361");
        var casePage = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        Assert.Contains("Voorstel: Alkmaar", casePage.QuerySelector("main").Text());
        Assert.Null(casePage.QuerySelector("select[name^='Responsibility'], select[name^='Dispute']"));
        Assert.NotNull(casePage.QuerySelector($"a[href='/casussen/{caseId}/gemeente']"));
        var page = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}/gemeente"));
        Assert.Equal("GM0361", page.QuerySelector("#Responsibility_MunicipalityCode option[selected]")?.GetAttribute("value"));
        Assert.Contains("Voorstel: Alkmaar", page.QuerySelector("main").Text());
        Assert.Contains("nog niet vastgesteld", page.QuerySelector("#gemeente-stand").Text());

        var wrongPlace = await coordinator.SubmitAsync($"/casussen/{caseId}/gemeente",
            Fields(("Responsibility.MunicipalityCode", "GM0363"), ("Responsibility.Basis", "PlaceFound")), "form[action*='handler=Responsibility']");
        var noReason = await coordinator.SubmitAsync($"/casussen/{caseId}/gemeente",
            Fields(("Responsibility.MunicipalityCode", "GM0363"), ("Responsibility.Basis", "Override")), "form[action*='handler=Responsibility']");
        var unknown = await coordinator.SubmitAsync($"/casussen/{caseId}/gemeente",
            Fields(("Responsibility.MunicipalityCode", "GM9999"), ("Responsibility.Basis", "Override"), ("Responsibility.Reason", "x")), "form[action*='handler=Responsibility']");
        var overridden = await coordinator.SubmitAsync($"/casussen/{caseId}/gemeente",
            Fields(("Responsibility.MunicipalityCode", "GM0363"), ("Responsibility.Basis", "Override"), ("Responsibility.Reason", "Woont feitelijk in Amsterdam")),
            "form[action*='handler=Responsibility']");

        var wrongPage = await Html.ParseAsync(wrongPlace);
        Assert.Contains("niet de vindplaats", wrongPage.QuerySelector("#foutmeldingen").Text());
        Assert.Equal("GM0363", wrongPage.QuerySelector("#Responsibility_MunicipalityCode option[selected]")?.GetAttribute("value"));
        Assert.Contains("Geef een reden", (await Html.ParseAsync(noReason)).QuerySelector("#foutmeldingen").Text());
        Assert.Contains("Kies de verantwoordelijke gemeente uit de lijst", (await Html.ParseAsync(unknown)).QuerySelector("#foutmeldingen").Text());
        Assert.Equal(HttpStatusCode.Redirect, overridden.StatusCode);
        Assert.Equal($"/casussen/{caseId}", overridden.Headers.Location?.OriginalString);
        var stored = await LoadAsync(caseId);
        Assert.Equal(("GM0363", ResponsibilityBasis.Override, "Woont feitelijk in Amsterdam"),
            (stored.ResponsibleMunicipalityCode, stored.ResponsibilityBasis, stored.ResponsibilityReason));
        var after = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        Assert.Contains("Verantwoordelijke gemeente: Amsterdam", after.QuerySelector(".mh-timeline").Text());
        Assert.Contains("De verantwoordelijke gemeente is vastgelegd.", after.QuerySelector("[role=status]").Text());
        Assert.Contains("Amsterdam (anders (met reden): Woont feitelijk in Amsterdam)", after.QuerySelector(".mh-facts").Text());
        var recorded = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}/gemeente"));
        Assert.Equal("Amsterdam (anders (met reden): Woont feitelijk in Amsterdam)", recorded.QuerySelector("#gemeente-stand").Text().Trim());
    }

    [Fact]
    public async Task The_municipality_lists_follow_a_renamed_municipality_once_the_reference_list_is_reloaded_and_keep_the_chosen_one()
    {
        // Haarlemmermeer: no other test here reads its name.
        const string code = "GM0394";
        var (coordinator, caseId, _) = await portal.OpenCaseAsync(municipality: "GM0361");
        static string? NameIn(IDocument page, string select) =>
            page.QuerySelector($"{select} option[value='{code}']")?.TextContent;
        var before = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}/gemeente"));
        Assert.Equal("Haarlemmermeer", NameIn(before, "#Responsibility_MunicipalityCode"));

        await portal.WithDbAsync(db => db.Municipalities.Where(m => m.Code == code)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Name, "Haarlemmermeer & Omstreken")));
        portal.Clock.Advance(Pages.Melden.ReportFormChoicesCache.Lifetime + TimeSpan.FromMinutes(1));
        var page = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}/gemeente"));

        foreach (var select in new[] { "#Responsibility_MunicipalityCode", "[id='filter-Dispute.MunicipalityCodes[0]']", "[id='filter-Dispute.MunicipalityCodes[2]']" })
        {
            Assert.Equal("Haarlemmermeer & Omstreken", NameIn(page, select));
            Assert.Equal(before.QuerySelectorAll($"#Responsibility_MunicipalityCode option").Length, page.QuerySelectorAll($"{select} option").Length);
        }
        Assert.Equal(["GM0361"], page.QuerySelectorAll("#Responsibility_MunicipalityCode option[selected]").Select(o => o.GetAttribute("value")));
        Assert.Empty(page.QuerySelectorAll("[id^='filter-Dispute.MunicipalityCodes'] option[selected]"));

        var refused = await Html.ParseAsync(await coordinator.SubmitAsync($"/casussen/{caseId}/gemeente",
            Fields(("Dispute.MunicipalityCodes[0]", code)), "form[action*='handler=OpenDispute']"));
        Assert.Equal([code], refused.QuerySelectorAll("[id='filter-Dispute.MunicipalityCodes[0]'] option[selected]").Select(o => o.GetAttribute("value")));
        Assert.Empty(refused.QuerySelectorAll("[id='filter-Dispute.MunicipalityCodes[1]'] option[selected]"));
    }

    [Fact]
    public async Task A_funding_dispute_shows_on_the_queue_until_resolved_and_stands_out_once_escalated()
    {
        var (coordinator, caseId, _) = await portal.OpenCaseAsync();
        var reference = (await LoadAsync(caseId)).Reference;

        var one = await coordinator.SubmitAsync($"/casussen/{caseId}/gemeente",
            Fields(("Dispute.MunicipalityCodes[0]", "GM0361"), ("Dispute.Note", "Wie betaalt?")), "form[action*='handler=OpenDispute']");
        Assert.Contains("ten minste twee gemeenten", (await Html.ParseAsync(one)).QuerySelector("#foutmeldingen").Text());
        Assert.Equal("Wie betaalt?", (await Html.ParseAsync(one)).QuerySelector("#Dispute_Note")?.TextContent);
        var opened = await coordinator.SubmitAsync($"/casussen/{caseId}/gemeente",
            Fields(("Dispute.MunicipalityCodes[0]", "GM0361"), ("Dispute.MunicipalityCodes[1]", "GM0363")), "form[action*='handler=OpenDispute']");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);

        var queue = await Html.ParseAsync(await coordinator.GetAsync("/casussen?geschil=true"));
        var row = queue.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(reference, StringComparison.Ordinal));
        Assert.Contains("Financieringsgeschil", row.TextContent);
        Assert.DoesNotContain("geëscaleerd", row.TextContent);

        // Fifteen days later (the default escalation is after 14): move the dispute back rather than the clock, which would end the session.
        await portal.WithDbAsync(db => db.Set<FundingDispute>().Where(d => d.CaseId == caseId)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.OpenedAt, d => d.OpenedAt.AddDays(-15))));
        var later = await Html.ParseAsync(await coordinator.GetAsync("/casussen?geschil=true"));
        var escalated = later.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(reference, StringComparison.Ordinal));
        Assert.Contains("Financieringsgeschil geëscaleerd", escalated.TextContent);
        Assert.Contains("mh-row--overdue", escalated.ClassName);
        var casePage = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        Assert.Contains("Geëscaleerd", casePage.QuerySelector(".mh-facts").Text());
        Assert.Equal("Financieringsgeschil oplossen", casePage.QuerySelector($"a[href='/casussen/{caseId}/gemeente']")?.TextContent);

        // Refused, with the reason at the top and the dispute's form still there: no municipality chosen, or one outside the dispute.
        foreach (var (paying, reason) in new[] { ("", "Kies de gemeente die betaalt."), ("GM0344", "een van de gemeenten in het geschil") })
        {
            var refused = await coordinator.SubmitAsync($"/casussen/{caseId}/gemeente", Fields(("Dispute.PayingMunicipalityCode", paying)), "form[action*='handler=ResolveDispute']");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var refusedPage = await Html.ParseAsync(refused);
            Assert.Contains(reason, refusedPage.QuerySelector("#foutmeldingen").Text());
            Assert.NotNull(refusedPage.QuerySelector("form[action*='handler=ResolveDispute'] select[name='Dispute.PayingMunicipalityCode']"));
            Assert.True((await LoadAsync(caseId)).HasOpenDispute);
        }

        var resolved = await coordinator.SubmitAsync($"/casussen/{caseId}/gemeente", Fields(("Dispute.PayingMunicipalityCode", "GM0363")), "form[action*='handler=ResolveDispute']");
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var stored = await LoadAsync(caseId);
        Assert.False(stored.HasOpenDispute);
        Assert.Equal("GM0363", stored.ResponsibleMunicipalityCode);
        var afterwards = await Html.ParseAsync(await coordinator.GetAsync("/casussen?geschil=true"));
        Assert.DoesNotContain(reference, afterwards.QuerySelector("main").Text());
    }

    [Fact]
    public async Task An_accepted_referral_is_completed_and_a_running_one_revoked_both_on_the_timeline()
    {
        var (coordinator, caseId, _) = await portal.OpenCaseAsync();
        await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>
        {
            ["Referral.Kind"] = "Police", ["Referral.RecipientOrganisationId"] = DemoData.Organisations.PoliceNoordHolland.ToString(),
            ["Referral.SharesIdentity"] = "false", ["Referral.LegalGround"] = "None", ["Referral.Request"] = "Beoordeel of onderzoek nodig is",
        }, "form[action*='handler=Refer']");
        var referralId = await portal.WithDbAsync(db => db.Referrals.Where(r => r.CaseId == caseId).Select(r => r.Id).SingleAsync());
        var page = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        Assert.Null(page.QuerySelector("form[action*='handler=CompleteReferral']"));

        var police = await portal.LoginAsync(DemoUsers.PoliceNoordHolland);
        await police.SubmitAsync($"/verwijzingen/{referralId}", new Dictionary<string, string>(), "form[action*='handler=Accept']");
        var completed = await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>(), "form[action*='handler=CompleteReferral']");

        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal(Domain.Cases.ReferralStatus.Completed, await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.Status).SingleAsync()));
        var timeline = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{caseId}"));
        Assert.Contains("Verwijzing naar politie afgerond", timeline.QuerySelector(".mh-timeline").Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(timeline.QuerySelector("form[action*='handler=RevokeReferral']"));

        await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>
        {
            ["Referral.Kind"] = "Shelter", ["Referral.RecipientOrganisationId"] = DemoData.Organisations.ShelterNoordHolland.ToString(),
            ["Referral.SharesIdentity"] = "false", ["Referral.LegalGround"] = "None", ["Referral.Request"] = "Plek nodig",
        }, "form[action*='handler=Refer']");
        var revoked = await coordinator.SubmitAsync($"/casussen/{caseId}", new Dictionary<string, string>(), "form[action*='handler=RevokeReferral']");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Referrals.CountAsync(r => r.CaseId == caseId && r.Status == Domain.Cases.ReferralStatus.Revoked)));
        var shelter = await portal.LoginAsync(DemoUsers.CarePartnerNoordHolland);
        var list = await Html.ParseAsync(await shelter.GetAsync("/verwijzingen"));
        Assert.DoesNotContain("Plek nodig", list.QuerySelector("main").Text());
    }

    [Fact]
    public async Task A_referral_of_another_casus_cannot_be_completed_or_revoked_through_this_one()
    {
        var (coordinator, firstCase, _) = await portal.OpenCaseAsync();
        var (_, secondCase, _) = await portal.OpenCaseAsync();
        await coordinator.SubmitAsync($"/casussen/{secondCase}", new Dictionary<string, string>
        {
            ["Referral.Kind"] = "Police", ["Referral.RecipientOrganisationId"] = DemoData.Organisations.PoliceNoordHolland.ToString(),
            ["Referral.SharesIdentity"] = "false", ["Referral.LegalGround"] = "None", ["Referral.Request"] = "Onderzoek",
        }, "form[action*='handler=Refer']");
        var referralId = await portal.WithDbAsync(db => db.Referrals.Where(r => r.CaseId == secondCase).Select(r => r.Id).SingleAsync());

        var page = await Html.ParseAsync(await coordinator.GetAsync($"/casussen/{firstCase}"));
        var token = page.Token();
        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var revoke = await coordinator.PostAsync($"/casussen/{firstCase}?handler=RevokeReferral", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = version, ["ReferralId"] = referralId.ToString(),
        }));

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Contains("hoort niet bij deze casus", (await Html.ParseAsync(revoke)).QuerySelector("#foutmeldingen").Text());
        Assert.Equal(Domain.Cases.ReferralStatus.Sent, await portal.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_case_pages_batch_lists_the_same_coordinators_as_the_query_of_record()
    {
        await portal.AddColleagueInNoordHollandAsync("collega.batch@demo.mensenhandel.nl");
        var regions = await portal.WithDbAsync(db => db.Regions.Select(r => (string?)r.Id).ToListAsync());

        foreach (var region in regions.Append(null))
        {
            var (expected, batched) = await portal.WithDbAsync<(List<string>, List<string>)>(async db =>
            {
                var expected = await db.CoordinatorsOf(region).OrderBy(u => u.Email).Select(u => u.Id + " " + u.Email).ToListAsync();
                var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
                await connection.OpenAsync();
                await using var command = new Npgsql.NpgsqlCommand(Colleagues.CoordinatorsOfPostgresSql, connection);
                command.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = Colleagues.CoordinatorRoleOf(region) });
                command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = (object?)region ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                var batched = new List<string>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) batched.Add(reader.GetString(0) + " " + reader.GetString(1));
                return (expected, batched);
            });
            Assert.Equal(expected, batched);
        }
        Assert.NotEmpty(await portal.WithDbAsync(db => db.CoordinatorsOf(null).ToListAsync()));
    }
}
