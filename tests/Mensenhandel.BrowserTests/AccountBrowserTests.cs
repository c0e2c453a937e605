using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mensenhandel.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class AccountBrowserTests(BrowserPortal browser)
{
    [Fact]
    public async Task A_coordinator_logs_in_with_the_authenticator_code_on_accessible_pages()
    {
        await using var page = await browser.LoginAsync(DemoUsers.CoordinatorNoordHolland, checkPages: true);

        await page.AssertAccessibleAsync();
        page.AssertNoConsoleProblems();
        await page.ScreenshotAsync("overzicht-zorgcoordinator");
        Assert.Contains("Zorgcoördinatie Noord-Holland", await page.Page.Locator(".mh-facts").InnerTextAsync());
    }

    [Theory]
    [InlineData("beheerder@", "Beheerder")]
    [InlineData("zorgcoordinator.mn@", "Zorgcoördinator")]
    [InlineData("politie.nh@", "Politie")]
    [InlineData("zorg.nh@", "Zorgpartner")]
    [InlineData("gemeente.alkmaar@", "Aandachtsfunctionaris")]
    [InlineData("landelijk@", "Landelijk (CoMensha)")]
    [InlineData("signaleerder@", "Signaleerder")]
    public async Task Each_role_lands_on_its_own_start_page(string emailPrefix, string roleName)
    {
        var account = DemoUsers.All.Single(a => a.Email.StartsWith(emailPrefix, StringComparison.Ordinal));
        await using var page = await browser.LoginAsync(account);

        Assert.Contains(roleName, await page.Page.Locator(".mh-facts").InnerTextAsync());
        var beheerLink = await page.Page.Locator("header a[href='/beheer/gebruikers']").CountAsync();
        Assert.Equal(account.Role == Role.Administrator ? 1 : 0, beheerLink);
    }

    [Fact]
    public async Task A_failed_login_shows_an_accessible_error_summary_linked_to_the_form()
    {
        await using var page = await browser.OpenAsync("/inloggen");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.Page.WaitForSelectorAsync("#foutmeldingen");

        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("inloggen-fouten");
        Assert.Equal("true", await page.Page.GetAttributeAsync("#Input_Email", "aria-invalid"));
        Assert.Contains("Input_Email-fout", await page.Page.GetAttributeAsync("#Input_Email", "aria-describedby"));
        await page.Page.ClickAsync("#foutmeldingen a[href='#Input_Email']");
        Assert.Equal("Input_Email", await page.Page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task A_new_user_is_invited_activates_the_account_and_enrols_the_authenticator()
    {
        var email = $"browser.{Guid.NewGuid():N}@zorg.example";
        const string passphrase = "een lange zin die alleen ik ken en makkelijk onthoud";

        await using (var admin = await browser.LoginAsync(DemoUsers.Administrator))
        {
            await admin.GotoAsync("/beheer/gebruikers/uitnodigen");
            await admin.AssertAccessibleAsync();
            await admin.Page.GetByLabel("E-mailadres").FillAsync(email);
            await admin.Page.GetByLabel("Rol").SelectOptionAsync(Role.CarePartner);
            await admin.Page.GetByLabel("Organisatie").SelectOptionAsync(DemoData.Organisations.ShelterNoordHolland.ToString());
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging sturen" }).ClickAsync();
            await admin.Page.WaitForURLAsync("**/beheer/gebruikers");
            await admin.AssertAccessibleAsync();
            await admin.ScreenshotAsync("beheer-gebruikers");
        }

        await using var user = await browser.OpenAsync(browser.Portal.Mail.LastLinkTo(email));
        await user.AssertAccessibleAsync();
        await user.Page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(passphrase);
        await user.Page.GetByLabel("Herhaal het nieuwe wachtwoord").FillAsync(passphrase);
        await user.Page.GetByRole(AriaRole.Button, new() { Name = "Account activeren" }).ClickAsync();
        await user.Page.WaitForURLAsync("**/inloggen");
        await user.Page.GetByLabel("E-mailadres").FillAsync(email);
        await user.Page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(passphrase);
        await user.Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await user.Page.WaitForURLAsync("**/account/tweestapsverificatie");

        await user.AssertAccessibleAsync();
        await user.ScreenshotAsync("tweestapsverificatie-instellen");
        var key = (await user.Page.Locator("#sleutel").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await user.Page.GetByLabel("Code uit de app").FillAsync(browser.Portal.NextTotpCode(email, key));
        await user.Page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await user.Page.WaitForURLAsync("**/account/herstelcodes");

        await user.AssertAccessibleAsync();
        Assert.Equal(10, await user.Page.Locator(".mh-codes li").CountAsync());
        await user.Page.GetByRole(AriaRole.Link, new() { Name = "Ik heb de codes bewaard" }).ClickAsync();
        await user.Page.WaitForURLAsync("**/overzicht");
        Assert.Contains("Zorgpartner", await user.Page.Locator(".mh-facts").InnerTextAsync());
    }

    [Theory]
    [InlineData("/beheer")]
    [InlineData("/beheer/organisaties")]
    [InlineData("/beheer/organisaties/bewerken")]
    [InlineData("/beheer/audit")]
    [InlineData("/beheer/audit/controle")]
    [InlineData("/account/wachtwoord")]
    [InlineData("/account/herstelcodes")]
    [InlineData("/account/tweestapsverificatie")]
    public async Task Beheer_and_account_pages_are_accessible(string path)
    {
        await using var page = await browser.LoginAsync(DemoUsers.Administrator);
        await page.GotoAsync(path);

        await page.AssertAccessibleAsync();
        page.AssertNoConsoleProblems();
    }

    [Theory]
    [InlineData("/wachtwoord-vergeten")]
    [InlineData("/wachtwoord-herstellen?gebruiker=x&code=y")]
    [InlineData("/account/activeren?gebruiker=x&code=y")]
    [InlineData("/uitgelogd")]
    public async Task Public_account_pages_are_accessible(string path)
    {
        await using var page = await browser.OpenAsync(path);

        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Logging_out_with_the_header_button_ends_the_session()
    {
        await using var page = await browser.LoginAsync(DemoUsers.Reporter);

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.Page.WaitForURLAsync("**/uitgelogd");
        await page.GotoAsync("/overzicht");

        Assert.Contains("/inloggen", page.Page.Url);
    }
}
