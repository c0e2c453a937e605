using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mensenhandel.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed partial class MeldenTests(BrowserPortal browser)
{
    [Fact]
    public async Task The_empty_form_is_accessible_and_offers_a_quick_exit_that_needs_no_script()
    {
        await using var page = await browser.OpenAsync("/melden");

        await page.AssertAccessibleAsync();
        page.AssertNoConsoleProblems();
        await page.ScreenshotAsync("melden-leeg");
        var quickExit = page.Page.GetByRole(AriaRole.Link, new() { Name = "Snel weg" });
        Assert.StartsWith("https://", await quickExit.GetAttributeAsync("href"));
        Assert.Equal(6, await page.Page.Locator("form.mh-form > fieldset > legend > h2").CountAsync());
    }

    [Fact]
    public async Task The_form_with_errors_is_accessible_and_starts_at_the_error_summary()
    {
        await using var page = await browser.OpenAsync("/melden");

        await page.Page.Locator("#verstuur").ClickAsync();
        await page.Page.WaitForURLAsync("**/melden");

        Assert.Equal("foutoverzicht", await page.Page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.True(await page.Page.Locator("#foutoverzicht a").CountAsync() >= 8);
        await page.AssertAccessibleAsync();
        page.AssertNoConsoleProblems();
        await page.ScreenshotAsync("melden-fouten");

        await page.Page.Locator("#foutoverzicht a[href='#Input_Description']").ClickAsync();
        Assert.Equal("Input_Description", await page.Page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task A_melding_can_be_filled_in_and_sent_with_the_keyboard_alone_and_shows_the_receipt()
    {
        await using var page = await browser.OpenAsync("/melden");
        var keyboard = page.Page.Keyboard;

        await TabToAsync(page.Page, "Input_AcuteDanger");
        await keyboard.PressAsync("Space");            // Ja: "Bel 112" appears at the top, without script
        Assert.True(await page.Page.Locator(".mh-call-112--when-acute").IsVisibleAsync());
        await keyboard.PressAsync("ArrowDown");        // Nee
        Assert.False(await page.Page.Locator(".mh-call-112--when-acute").IsVisibleAsync());
        await TabToAsync(page.Page, "Input_Forms");
        await keyboard.PressAsync("Space");            // Seksuele uitbuiting
        await TabToAsync(page.Page, "Input_Forms_Labour");
        await keyboard.PressAsync("Space");
        await TabToAsync(page.Page, "Input_Indicators_ILO-07");
        await keyboard.PressAsync("Space");
        await TabToAsync(page.Page, "Input_Description");
        await keyboard.TypeAsync("Jonge vrouw werkt dag en nacht in een kas en wordt steeds door dezelfde man gebracht.");
        await TabToAsync(page.Page, "Input_Municipality");
        await keyboard.TypeAsync("Alkmaar");
        await TabToAsync(page.Page, "Input_AgeGroup");
        await keyboard.PressAsync("Space");            // minderjarig
        await TabToAsync(page.Page, "Input_Consent");
        await keyboard.PressAsync("Space");            // toestemming
        await TabToAsync(page.Page, "Input_Anonymous");
        await keyboard.PressAsync("Space");            // anoniem: the contact fields disappear from the tab order
        await TabToAsync(page.Page, "Input_Sector");
        await keyboard.PressAsync("Space");            // onderwijs
        await TabToAsync(page.Page, "verstuur");
        Assert.NotEqual("none", await page.Page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await keyboard.PressAsync("Enter");
        await page.Page.WaitForURLAsync("**/melden/ontvangen");

        Assert.Equal("Uw melding is ontvangen", (await page.Page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Matches(ReferencePattern(), await page.Page.Locator("#meldingsnummer").InnerTextAsync());
        Assert.Matches(CodePattern(), await page.Page.Locator("#vervolgcode").InnerTextAsync());
        Assert.DoesNotContain("vervolgcode", page.Page.Url, StringComparison.OrdinalIgnoreCase);
        await page.AssertAccessibleAsync();
        page.AssertNoConsoleProblems();
        await page.ScreenshotAsync("melden-ontvangen");
    }

    [Fact]
    public async Task The_status_page_is_accessible_empty_and_after_a_wrong_code()
    {
        await using var page = await browser.OpenAsync("/melden/status");

        await page.AssertAccessibleAsync();
        await page.Page.Locator("#Input_Reference").FillAsync("MH-2026-000001");
        await page.Page.Locator("#Input_Code").FillAsync("0000-0000-0000-0000-0000-0000-0000-0000");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Status bekijken" }).ClickAsync();
        await page.Page.WaitForLoadStateAsync();

        Assert.Equal(1, await page.Page.Locator("#foutoverzicht a").CountAsync());
        await page.AssertAccessibleAsync();
        page.AssertNoConsoleProblems();
        await page.ScreenshotAsync("melden-status");
    }

    /// <summary>Presses Tab until the element with this id has focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 150; presses++)
        {
            if (await page.EvaluateAsync<string>("document.activeElement ? document.activeElement.id : ''") == id) return;
            await page.Keyboard.PressAsync("Tab");
        }
        throw new InvalidOperationException($"Tab never reached #{id}.");
    }

    [GeneratedRegex(@"^MH-20\d\d-\d{6}$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")]
    private static partial Regex CodePattern();
}
