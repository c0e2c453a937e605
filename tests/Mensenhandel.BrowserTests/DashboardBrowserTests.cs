using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mensenhandel.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class DashboardBrowserTests(BrowserPortal browser)
{
    [Fact]
    public async Task The_dashboard_shows_accessible_tables_with_charts_for_region_and_country_and_prints()
    {
        for (var i = 0; i < 7; i++) await browser.Portal.SubmitReportAsync(i % 2 == 0 ? "GM0361" : "GM0373");
        await browser.Portal.SubmitReportAsync("GM0344");

        await using var coordinator = await browser.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        await coordinator.GotoAsync("/dashboard");
        await coordinator.Page.WaitForSelectorAsync(".mh-chart canvas");
        await coordinator.AssertAccessibleAsync();
        coordinator.AssertNoConsoleProblems();
        await coordinator.ScreenshotAsync("dashboard-regio");
        Assert.Contains("Noord-Holland", await coordinator.Page.Locator("h1").InnerTextAsync());

        await coordinator.Page.Locator("#gemeente").SelectOptionAsync("GM0361");
        await coordinator.Page.GetByRole(AriaRole.Button, new() { Name = "Toon cijfers" }).ClickAsync();
        await coordinator.Page.WaitForURLAsync("**gemeente=GM0361**");
        await coordinator.AssertAccessibleAsync();
        await coordinator.ScreenshotAsync("dashboard-gemeente-te-weinig");

        await coordinator.GotoAsync("/dashboard");
        await coordinator.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await coordinator.ScreenshotAsync("dashboard-print");

        await using var national = await browser.LoginAsync(DemoUsers.National);
        await national.GotoAsync("/dashboard");
        await national.Page.WaitForSelectorAsync(".mh-chart canvas");
        await national.AssertAccessibleAsync();
        national.AssertNoConsoleProblems();
        await national.ScreenshotAsync("dashboard-landelijk");
    }

    [Fact]
    public async Task Each_partner_roles_start_page_and_the_gemeente_pages_have_no_accessibility_violations()
    {
        foreach (var account in new[] { DemoUsers.PoliceNoordHolland, DemoUsers.CarePartnerNoordHolland, DemoUsers.MunicipalityAlkmaar })
        {
            await using var page = await browser.LoginAsync(account);
            await page.GotoAsync("/overzicht");
            await page.AssertAccessibleAsync();
            await page.GotoAsync(account == DemoUsers.MunicipalityAlkmaar ? "/gemeente" : "/verwijzingen");
            await page.AssertAccessibleAsync();
            page.AssertNoConsoleProblems();
        }

        await using var officer = await browser.LoginAsync(DemoUsers.MunicipalityAlkmaar);
        await officer.GotoAsync("/gemeente/basisniveau");
        await officer.Page.GetByLabel("Er is een aandachtsfunctionaris mensenhandel aangesteld").CheckAsync();
        await officer.Page.GetByLabel("Beleidsplan vastgesteld op").FillAsync("2022-05-01");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als nieuwe versie" }).ClickAsync();
        await officer.Page.WaitForSelectorAsync("text=Het basisniveau is opgeslagen.");
        await officer.AssertAccessibleAsync();
        await officer.ScreenshotAsync("basisniveau");
        await officer.GotoAsync("/gemeente/basisniveau/regio");
        await officer.AssertAccessibleAsync();
        await officer.ScreenshotAsync("basisniveau-regio");
        await officer.GotoAsync("/dashboard");
        await officer.AssertAccessibleAsync();
    }
}
