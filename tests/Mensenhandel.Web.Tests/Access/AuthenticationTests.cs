using System.Net;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Access;

public sealed class AuthenticationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task A_coordinator_signs_in_with_password_and_authenticator_code_and_reaches_the_start_page()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var start = await client.GetAsync("/overzicht");

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var page = await Html.ParseAsync(start);
        Assert.Contains("Zorgcoördinator", page.QuerySelector(".mh-facts")?.TextContent);
        Assert.Contains("Zorgcoördinatie Noord-Holland", page.QuerySelector(".mh-facts")?.TextContent);
    }

    [Fact]
    public async Task An_accepted_authenticator_code_cannot_be_used_again()
    {
        var account = DemoUsers.PoliceNoordHolland;
        var first = await portal.LoginAsync(account);
        await first.LogoutAsync();
        var code = OneTimeCodeUsedLast(account);

        var client = portal.CreatePortalClient();
        await client.SubmitAsync("/inloggen", Credentials(account.Email, DemoData.Password));
        var replay = await client.SubmitAsync("/inloggen/code", new Dictionary<string, string> { ["Input.Code"] = code });

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("klopt niet of is al gebruikt", await replay.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/overzicht")).StatusCode);
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_right_password_is_refused()
    {
        var account = DemoUsers.CarePartnerNoordHolland;
        var client = portal.CreatePortalClient();
        for (var i = 0; i < 5; i++)
            await client.SubmitAsync("/inloggen", Credentials(account.Email, $"fout-wachtwoord-{i}-xyz"));

        var right = await client.SubmitAsync("/inloggen", Credentials(account.Email, DemoData.Password));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Inloggen is niet gelukt", await right.Content.ReadAsStringAsync());
        Assert.True(await portal.WithDbAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.LockoutEnd != null).SingleAsync()));
    }

    [Fact]
    public async Task Wrong_authenticator_codes_count_towards_lockout()
    {
        var account = DemoUsers.MunicipalityAlkmaar;
        var client = portal.CreatePortalClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/inloggen", Credentials(account.Email, DemoData.Password));
            await client.SubmitAsync("/inloggen/code", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        }

        var password = await client.SubmitAsync("/inloggen", Credentials(account.Email, DemoData.Password));

        Assert.Equal(HttpStatusCode.OK, password.StatusCode);
        Assert.Contains("Inloggen is niet gelukt", await password.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_towards_lockout()
    {
        var account = DemoUsers.National;
        var client = portal.CreatePortalClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/inloggen", Credentials(account.Email, DemoData.Password));
            await client.SubmitAsync("/inloggen/herstelcode", new Dictionary<string, string> { ["Input.RecoveryCode"] = $"FOUT{i}-CODE" });
        }

        var lockedOut = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.LockoutEnd).SingleAsync());
        var password = await client.SubmitAsync("/inloggen", Credentials(account.Email, DemoData.Password));

        Assert.NotNull(lockedOut);
        Assert.Contains("Inloggen is niet gelukt", await password.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_answers_the_same_for_an_unknown_address_as_for_a_wrong_password()
    {
        var known = await portal.CreatePortalClient().SubmitAsync("/inloggen", Credentials(DemoUsers.Reporter.Email, "verkeerd-wachtwoord-123"));
        var unknown = await portal.CreatePortalClient().SubmitAsync("/inloggen", Credentials("niemand@example.org", "verkeerd-wachtwoord-123"));

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await VisibleTextAsync(known), await VisibleTextAsync(unknown));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_known_and_unknown_addresses()
    {
        var known = await portal.CreatePortalClient().SubmitAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = DemoUsers.Reporter.Email });
        var unknown = await portal.CreatePortalClient().SubmitAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = "niemand@example.org" });

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await VisibleTextAsync(known), await VisibleTextAsync(unknown));
        Assert.Contains("Als er een account is met dit e-mailadres", await VisibleTextAsync(known));
    }

    [Fact]
    public async Task A_session_cookie_captured_before_logout_is_refused_after_logout()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorMiddenNederland);
        var stolen = SessionCookie(client);

        var logout = await client.LogoutAsync();
        var replay = await WithCookie(stolen).GetAsync("/overzicht");

        Assert.Contains("\"cookies\"", logout.Headers.GetValues("Clear-Site-Data").Single());
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/inloggen", replay.Headers.Location?.PathAndQuery ?? replay.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_session_cookie_is_a_secure_host_only_http_only_cookie()
    {
        var client = portal.CreatePortalClient();
        await client.SubmitAsync("/inloggen", Credentials(DemoUsers.Administrator.Email, DemoData.Password));
        var response = await client.SubmitAsync("/inloggen/code", new Dictionary<string, string>
        {
            ["Input.Code"] = portal.NextTotpCode(DemoUsers.Administrator.Email, DemoUsers.Administrator.TotpSecret),
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Mensenhandel=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; secure", cookie);
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; samesite=lax", cookie);
        Assert.Contains("; path=/", cookie);
        Assert.DoesNotContain("domain=", cookie);
    }

    [Fact]
    public async Task A_changed_security_stamp_ends_an_open_session_once_the_validation_interval_has_passed()
    {
        var account = DemoUsers.CoordinatorMiddenNederland;
        var client = await portal.LoginAsync(account);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // Changed behind the session's back: no page of the portal ends the sessions here.
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(account.Email))!);
        }
        var withinTheInterval = await client.GetAsync("/overzicht");

        portal.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5));
        var afterTheInterval = await client.GetAsync("/overzicht");

        Assert.Equal(HttpStatusCode.OK, withinTheInterval.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterTheInterval.StatusCode);
        Assert.StartsWith("/inloggen", afterTheInterval.Headers.Location?.PathAndQuery ?? afterTheInterval.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Requests_of_one_session_that_all_find_the_security_stamp_check_due_run_it_once()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overzicht")).StatusCode);

        portal.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5));
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetAsync("/overzicht")));

        // The check that ran renewed the session, which answers with its cookie again; the others went on as they were.
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var renewed = responses.Count(r => r.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith(Mensenhandel.Web.Identity.IdentitySetup.CookieName + "=", StringComparison.Ordinal)));
        Assert.Equal(1, renewed);
    }

    [Fact]
    public async Task An_idle_session_ends_after_twenty_minutes()
    {
        var client = await portal.LoginAsync(DemoUsers.Reporter);
        var stillThere = await client.GetAsync("/overzicht");

        portal.Clock.Advance(TimeSpan.FromMinutes(21));
        var afterIdle = await client.GetAsync("/overzicht");

        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterIdle.StatusCode);
    }

    [Fact]
    public async Task Staying_active_keeps_the_session_but_not_beyond_its_absolute_lifetime()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        for (var i = 0; i < 6; i++)
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overzicht")).StatusCode);
        }
        var extend = await client.SubmitAsync("/overzicht", new Dictionary<string, string>(), "form[action='/sessie/verlengen']");
        Assert.Equal(HttpStatusCode.Redirect, extend.StatusCode);

        for (var i = 0; i < 40; i++) portal.Clock.Advance(TimeSpan.FromMinutes(15));
        // 10 hours of 15-minute steps would each keep the session; the absolute lifetime still ends it.
        var late = await client.GetAsync("/overzicht");
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
    }

    [Fact]
    public async Task Ended_sessions_are_removed_from_the_database()
    {
        await portal.LoginAsync(DemoUsers.Reporter);
        var before = await portal.CountAsync<UserSession>();

        portal.Clock.Advance(TimeSpan.FromMinutes(25));
        int removed;
        await using (var scope = portal.Services.CreateAsyncScope())
            removed = await scope.ServiceProvider.GetRequiredService<Mensenhandel.Web.Identity.SessionCleanup>().RemoveEndedSessionsAsync();

        Assert.True(before > 0);
        Assert.True(removed >= 1);
        Assert.Equal(0, await portal.WithDbAsync(db => db.UserSessions.CountAsync(s => s.LastSeenAt > portal.Clock.GetUtcNow().AddMinutes(-20))));
    }

    [Theory]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Account/Register")]
    [InlineData("/registreren")]
    [InlineData("/Identity/Account/Manage")]
    public async Task Identity_pages_the_portal_does_not_use_do_not_exist(string path)
    {
        var response = await portal.CreatePortalClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/overzicht")]
    [InlineData("/beheer")]
    [InlineData("/beheer/gebruikers")]
    [InlineData("/account/wachtwoord")]
    public async Task Anonymous_requests_for_staff_pages_go_to_the_login_page(string path)
    {
        var response = await portal.CreatePortalClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/inloggen?terug={Uri.EscapeDataString(path)}", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Signing_in_writes_one_login_event_and_a_failure_one_failed_event()
    {
        var account = DemoUsers.CoordinatorMiddenNederland;
        var userId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());
        var before = await CountEventsAsync(userId);

        await portal.LoginAsync(account);
        await portal.CreatePortalClient().SubmitAsync("/inloggen", Credentials(account.Email, "helemaal-verkeerd-wachtwoord"));

        var after = await CountEventsAsync(userId);
        Assert.Equal(before.Logins + 1, after.Logins);
        Assert.Equal(before.Failures + 1, after.Failures);
    }

    private Task<(int Logins, int Failures)> CountEventsAsync(string userId) =>
        portal.WithDbAsync(async db => (
            await db.AuditEvents.CountAsync(e => e.ActorId == userId && e.Action == AuditAction.Login),
            await db.AuditEvents.CountAsync(e => e.ActorId == userId && e.Action == AuditAction.LoginFailed)));

    private string OneTimeCodeUsedLast(DemoData.DemoAccount account)
    {
        // The code LoginAsync just used is the one for the clock's current step.
        return Mensenhandel.Web.Identity.OneTimeTotpTokenProvider.CurrentCode(account.TotpSecret, portal.Clock.GetUtcNow());
    }

    private static string SessionCookie(HttpClient client) => CookieJar.Read(client, "__Host-Mensenhandel");

    private HttpClient WithCookie(string value)
    {
        var client = portal.CreateDefaultClient(new Uri("https://localhost"));
        client.DefaultRequestHeaders.Add("Cookie", $"__Host-Mensenhandel={value}");
        return client;
    }

    private static async Task<string> VisibleTextAsync(HttpResponseMessage response)
    {
        var document = await Html.ParseAsync(response);
        return document.QuerySelector("main")?.TextContent.Trim() ?? "";
    }
}
