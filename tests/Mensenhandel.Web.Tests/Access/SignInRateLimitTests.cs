using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Infrastructure;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Access;

/// <summary>
/// Lockout stops guessing one account's password; trying one password on many accounts (password spraying)
/// locks none of them, so the sign-in pages also limit the POSTs of one client.
/// </summary>
public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Spraying_passwords_over_many_accounts_from_one_address_is_refused_after_the_limit_with_a_Dutch_page()
    {
        await using var portal = new PortalFactory()
            .WithSetting("RateLimits:Inloggen:PermitLimit", PortalRateLimits.SignInPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await portal.InitializeAsync();
        var client = portal.CreatePortalClient();
        var form = await Html.ParseAsync(await client.GetAsync("/inloggen"));

        for (var i = 0; i < PortalRateLimits.SignInPermits; i++)
        {
            var tried = await client.SubmitAsync(form, "/inloggen", Credentials($"medewerker{i}@gemeente.example", "Zomer2026!Zomer2026!"));
            Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
            Assert.Contains("Inloggen is niet gelukt", await tried.Content.ReadAsStringAsync());
        }

        // Past the limit even the right password of a real account is refused for now, on every sign-in page; the
        // form comes back with the address typed and a Dutch message to wait.
        var refused = await client.SubmitAsync(form, "/inloggen", Credentials(DemoUsers.CoordinatorNoordHolland.Email, DemoData.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
        var page = await Html.ParseAsync(refused);
        Assert.Equal("Inloggen", page.QuerySelector("h1").Text());
        Assert.Contains("te vaak geprobeerd in te loggen", page.QuerySelector("#foutmeldingen").Text(), StringComparison.Ordinal);
        Assert.Equal(DemoUsers.CoordinatorNoordHolland.Email, page.QuerySelector<IHtmlInputElement>("#Input_Email")!.Value);
        Assert.Equal("", page.QuerySelector<IHtmlInputElement>("#Input_Password")!.Value);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/overzicht")).StatusCode); // not signed in
        // A real account's address: a handled request would mail it a reset link; a refused one mails nothing.
        var email = DemoUsers.CoordinatorNoordHolland.Email;
        var forgotten = await client.SubmitAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.TooManyRequests, forgotten.StatusCode);
        Assert.Equal(email, (await Html.ParseAsync(forgotten)).QuerySelector<IHtmlInputElement>("#Input_Email")!.Value);
        Assert.DoesNotContain(portal.Mail.Messages, m => m.To == email);

        // Opening the pages is not limited, and the melding form has its own limit.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/inloggen")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostReportAsync(await client.OpenFormAsync(), ReportFields.Valid())).StatusCode);
    }

    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };
}
