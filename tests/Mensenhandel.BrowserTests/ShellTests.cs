using Microsoft.Playwright;

namespace Mensenhandel.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class ShellTests(BrowserPortal browser)
{
    [Fact]
    public async Task The_start_page_is_accessible_and_leads_to_melden_and_inloggen()
    {
        await using var page = await browser.OpenAsync("/");

        await page.AssertAccessibleAsync();
        page.AssertNoConsoleProblems();
        await page.ScreenshotAsync("startpagina");
        Assert.Equal("nl", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("/melden", await page.Page.GetByRole(AriaRole.Link, new() { Name = "Melding doen" }).GetAttributeAsync("href"));
        Assert.Equal("/inloggen", await page.Page.GetByRole(AriaRole.Link, new() { Name = "Inloggen", Exact = true }).First.GetAttributeAsync("href"));
    }

    [Fact]
    public async Task The_not_found_page_is_accessible()
    {
        await using var page = await browser.OpenAsync("/bestaat-niet");

        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("niet-gevonden");
        Assert.Equal("Pagina niet gevonden", (await page.Page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        await using var page = await browser.OpenAsync("/");

        await page.Page.Keyboard.PressAsync("Tab");
        var focused = await page.Page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        await page.Page.Keyboard.PressAsync("Enter");

        Assert.Equal("Direct naar de inhoud", focused);
        Assert.EndsWith("#inhoud", page.Page.Url);
        Assert.Equal("inhoud", await page.Page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData("/privacyverklaring", "Privacyverklaring")]
    [InlineData("/toegankelijkheidsverklaring", "Toegankelijkheidsverklaring")]
    [InlineData("/beveiliging", "Kwetsbaarheid melden")]
    public async Task The_statement_pages_are_accessible(string path, string heading)
    {
        await using var page = await browser.OpenAsync(path);

        await page.AssertAccessibleAsync();
        Assert.Equal(heading, (await page.Page.Locator("h1").InnerTextAsync()).Trim());
    }
}
