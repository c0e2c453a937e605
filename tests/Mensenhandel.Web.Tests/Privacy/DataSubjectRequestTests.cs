using System.Net;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Privacy;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Privacy;

public sealed class DataSubjectRequestTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_export_holds_all_data_of_the_person_and_nothing_of_another_and_erasure_removes_it()
    {
        var person = $"pers{Guid.NewGuid():N}"[..16];
        var other = $"ander{Guid.NewGuid():N}"[..16];
        var melder = $"melder{Guid.NewGuid():N}"[..16];
        var first = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", $"Naam {person}").Set("Input.Description", $"Eerste {person}")
            .Set("Input.Languages", $"Taal {person}").Set("Input.ReporterName", $"Melder {melder}").Set("Input.Email", $"{melder}@example.org"));
        var second = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", "P. Q.").Set("Input.Description", $"Tweede {person}"));
        var unrelated = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", $"Naam {other}").Set("Input.Description", $"Ander {other}"));
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var opened = await coordinator.SubmitAsync($"/meldingen/{first.Id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
        var caseUrl = opened.Headers.Location!.OriginalString;
        var caseId = Guid.Parse(caseUrl.Split('/')[^1]);
        await coordinator.SubmitAsync($"/meldingen/{second.Id}", new Dictionary<string, string> { ["LinkCaseId"] = caseId.ToString() }, "form[action*='handler=Link']");
        await coordinator.SubmitAsync(caseUrl, new Dictionary<string, string> { ["Note"] = $"Notitie {person}" }, "form[action*='handler=Note']");
        var caseReference = await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());
        var admin = await portal.LoginAsync(DemoUsers.Administrator);

        // By the reference of one melding: the whole casus of that person, both meldingen, the timeline.
        var page = await Html.ParseAsync(await admin.GetAsync($"/beheer/privacyverzoeken?referentie={first.Reference}"));
        var json = await (await admin.GetAsync($"/beheer/privacyverzoeken?handler=Json&referentie={caseReference}")).Content.ReadAsStringAsync();
        foreach (var text in new[] { page.QuerySelector("#inzage")!.TextContent, json })
        {
            Assert.Contains($"Naam {person}", text);
            Assert.Contains($"Eerste {person}", text);
            Assert.Contains($"Tweede {person}", text);
            Assert.Contains($"Taal {person}", text);
            Assert.Contains($"Notitie {person}", text);
            Assert.Contains(caseReference, text);
            Assert.Contains(second.Reference, text);
            Assert.DoesNotContain(other, text);
            Assert.DoesNotContain(unrelated.Reference, text);
            Assert.DoesNotContain(melder, text); // the melder is another person
        }
        Assert.True(await portal.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Exported && e.ObjectId == caseReference)));

        // Erasure while the casus is open is refused with a Dutch message; nothing is removed.
        var refused = await admin.SubmitAsync($"/beheer/privacyverzoeken?referentie={caseReference}",
            new Dictionary<string, string> { ["Ground"] = "ConsentWithdrawn" }, "form[action*='handler=Erase']");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("De casus loopt nog", (await Html.ParseAsync(refused)).QuerySelector("#foutmeldingen")?.TextContent);
        Assert.Contains(person, (await portal.LoadReportAsync(first.Reference)).VictimNameOrInitials);

        await coordinator.SubmitAsync(caseUrl, new Dictionary<string, string> { ["NewStatus"] = "Closed", ["Reason"] = "Afgerond" }, "form[action*='handler=Status']");
        var erased = await admin.SubmitAsync($"/beheer/privacyverzoeken?referentie={caseReference}",
            new Dictionary<string, string> { ["Ground"] = "ConsentWithdrawn" }, "form[action*='handler=Erase']");

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        foreach (var reference in new[] { first.Reference, second.Reference })
        {
            var residue = await portal.LoadReportAsync(reference);
            Assert.Equal(("", (string?)null, (string?)null, (string?)null), (residue.Description, residue.VictimNameOrInitials, residue.VictimLanguages, residue.ReporterName));
        }
        Assert.All(await portal.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == caseId).Select(e => e.Text).ToListAsync()), t => Assert.Equal("", t));
        Assert.Contains(other, (await portal.LoadReportAsync(unrelated.Reference)).VictimNameOrInitials); // another person's data stays
        var decision = await portal.WithDbAsync(db => db.PrivacyDecisions.SingleAsync(d => d.Kind == PrivacyRequestKind.Erasure));
        Assert.Equal((caseReference, PrivacyGround.ConsentWithdrawn, true, DemoUsers.Administrator.Email),
            (decision.Reference, decision.Ground, decision.Granted, await portal.WithDbAsync(db => db.Users.Where(u => u.Id == decision.DecidedBy).Select(u => u.Email!).SingleAsync())));
        Assert.True(await portal.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Erased && e.ObjectId == caseReference)));
        var after = await Html.ParseAsync(await admin.GetAsync($"/beheer/privacyverzoeken?referentie={caseReference}"));
        Assert.DoesNotContain(person, after.QuerySelector("#inzage")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_reference_says_so_and_only_the_beheerder_reaches_the_page()
    {
        var admin = await portal.LoginAsync(DemoUsers.Administrator);
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var unknown = await Html.ParseAsync(await admin.GetAsync("/beheer/privacyverzoeken?referentie=MH-1999-999999"));

        Assert.NotNull(unknown.QuerySelector("#niet-gevonden"));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/beheer/privacyverzoeken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/beheer/bewaartermijnen")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/beheer/privacyverzoeken?referentie=%3Cscript%3E" + new string('x', 300))).StatusCode);
    }
}
