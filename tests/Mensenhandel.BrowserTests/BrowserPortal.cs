using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mensenhandel.BrowserTests;

/// <summary>
/// The portal on real Kestrel (loopback, random port) on its own PostgreSQL database, and Debian's Chromium
/// driven by Playwright. Never a downloaded browser: /usr/bin/chromium, as installed by tests/run.sh.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public PortalFactory Portal { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Portal.InitializeAsync();
        Portal.UseKestrel(0);
        Portal.StartServer();
        BaseAddress = Portal.ClientOptions.BaseAddress;
        Portal.ServerAddress = BaseAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }

    /// <summary>
    /// Signs in the way a person does, in a fresh browser context: the login form, then the code from the
    /// authenticator app. With <paramref name="checkPages"/> both pages are checked with axe on the way.
    /// </summary>
    public async Task<PortalPage> LoginAsync(Mensenhandel.Web.Demo.DemoData.DemoAccount account, bool checkPages = false)
    {
        ArgumentNullException.ThrowIfNull(account);
        var page = await OpenAsync("/inloggen");
        if (checkPages) await page.AssertAccessibleAsync();
        await page.Page.GetByLabel("E-mailadres").FillAsync(account.Email);
        await page.Page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Mensenhandel.Web.Demo.DemoData.Password);
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.Page.WaitForURLAsync("**/inloggen/code**");
        if (checkPages) await page.AssertAccessibleAsync();
        await page.Page.GetByLabel("Code").FillAsync(Portal.NextTotpCode(account.Email, account.TotpSecret));
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.WaitForURLAsync("**/overzicht");
        return page;
    }

    /// <summary>A fresh browser context (own cookies) and page, recording CSP violations and script errors.</summary>
    public async Task<PortalPage> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var portalPage = new PortalPage(page);
        await portalPage.GotoAsync(path);
        return portalPage;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserPortal>
{
    public const string Name = "browser";
}
