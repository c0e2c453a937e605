using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mensenhandel.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class TriageBrowserTests(BrowserPortal browser)
{
    [Fact]
    public async Task A_coordinator_triages_a_melding_into_a_case_refers_it_to_the_police_opens_a_shelter_placement_and_records_the_paying_municipality()
    {
        var report = await browser.Portal.SubmitReportAsync("GM0361");
        await using var page = await browser.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        await page.GotoAsync("/meldingen");
        await page.AssertAccessibleAsync();
        await page.Page.GetByLabel("Zoek op kenmerk").FillAsync(report.Reference.ToLowerInvariant());
        await page.Page.GetByLabel("Zoek op kenmerk").PressAsync("Enter");
        await page.Page.WaitForURLAsync("**/meldingen?*zoek=*");
        Assert.Equal(1, await page.Page.Locator("tbody tr").CountAsync());
        await page.AssertAccessibleAsync();
        await page.Page.GetByRole(AriaRole.Link, new() { Name = report.Reference }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Casus openen" }).ClickAsync();
        await page.Page.WaitForURLAsync("**/casussen/**");
        await page.AssertAccessibleAsync();

        await page.Page.GetByLabel("Nieuwe status").SelectOptionAsync("InProgress");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Status opslaan" }).ClickAsync();
        await page.Page.GetByLabel("Soort verwijzing").SelectOptionAsync("Police");
        await page.Page.GetByLabel("Ontvangende organisatie").SelectOptionAsync(DemoData.Organisations.PoliceNoordHolland.ToString());
        await page.Page.GetByLabel("Wat vraagt u van de ontvanger?").FillAsync("Graag beoordelen of een aangifte mogelijk is.");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Verwijzing versturen" }).ClickAsync();
        await page.Page.WaitForSelectorAsync("text=De verwijzing is verstuurd.");
        await page.Page.GetByLabel("Opvangorganisatie").SelectOptionAsync(DemoData.Organisations.ShelterNoordHolland.ToString());
        await page.Page.GetByLabel("Begindatum").FillAsync("2026-11-20");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Opvang vastleggen" }).ClickAsync();
        await page.Page.WaitForSelectorAsync("text=De opvang is vastgelegd.");
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Verantwoordelijke gemeente of financieringsgeschil vastleggen" }).ClickAsync();
        await page.Page.WaitForURLAsync("**/gemeente");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("casus-gemeente");
        Assert.Equal("GM0361", await page.Page.GetByLabel("Gemeente", new() { Exact = true }).InputValueAsync());
        await page.Page.GetByLabel("Grond").SelectOptionAsync("PlaceFound");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Gemeente vastleggen" }).ClickAsync();
        await page.Page.WaitForSelectorAsync("text=De verantwoordelijke gemeente is vastgelegd.");

        await page.AssertAccessibleAsync();
        page.AssertNoConsoleProblems();
        await page.ScreenshotAsync("casus");
        Assert.Equal("in opvang", (await page.Page.Locator("#casus-status").InnerTextAsync()).Trim());
        Assert.Contains("Verwezen naar politie", await page.Page.Locator(".mh-timeline").InnerTextAsync());

        await page.GotoAsync("/casussen");
        await page.AssertAccessibleAsync();

        await using var police = await browser.LoginAsync(DemoUsers.PoliceNoordHolland);
        await police.GotoAsync("/verwijzingen");
        await police.AssertAccessibleAsync();
        await police.Page.Locator("tbody a").First.ClickAsync();
        await police.Page.WaitForURLAsync("**/verwijzingen/**");
        await police.AssertAccessibleAsync();
        await police.ScreenshotAsync("verwijzing-politie");
        await police.Page.GetByRole(AriaRole.Button, new() { Name = "Verwijzing accepteren" }).ClickAsync();
        await police.Page.WaitForSelectorAsync("text=U hebt de verwijzing geaccepteerd.");
        Assert.Equal("geaccepteerd", (await police.Page.Locator("#verwijzing-status").InnerTextAsync()).Trim());
    }
}
