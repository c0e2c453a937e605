using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mensenhandel.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class MeldingenBrowserTests(BrowserPortal browser)
{
    [Fact]
    public async Task A_coordinator_finds_a_new_melding_of_the_region_and_opens_it()
    {
        var report = await browser.Portal.SubmitReportAsync("GM0361");
        await using var page = await browser.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Meldingen", Exact = true }).First.ClickAsync();
        await page.Page.WaitForURLAsync("**/meldingen");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("meldingen-lijst");
        await page.Page.GetByRole(AriaRole.Link, new() { Name = report.Reference }).ClickAsync();
        await page.Page.WaitForURLAsync($"**/meldingen/{report.Id}");

        await page.AssertAccessibleAsync();
        page.AssertNoConsoleProblems();
        await page.ScreenshotAsync("melding-detail");
        Assert.Equal($"Melding {report.Reference}", (await page.Page.Locator("h1").InnerTextAsync()).Trim());
    }
}
