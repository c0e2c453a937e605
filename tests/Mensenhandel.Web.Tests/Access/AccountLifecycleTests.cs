using System.Net;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Access;

/// <summary>An account from invitation to deactivation, through the pages a beheerder and the user see.</summary>
public sealed class AccountLifecycleTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string GoodPassphrase = "paarden eten graag verse wortels op dinsdagochtend in de polder bij alkmaar";

    [Fact]
    public async Task An_invited_user_activates_sets_up_the_authenticator_and_reaches_the_start_page()
    {
        var email = $"nieuw.{Guid.NewGuid():N}@politie.example";
        var admin = await portal.LoginAsync(DemoUsers.Administrator);
        var invite = await InviteAsync(admin, email, Role.Police, DemoData.Organisations.PoliceNoordHolland);
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);

        var user = portal.CreatePortalClient();
        var activation = await user.SubmitAsync(portal.Mail.LastLinkTo(email), NewPassword(GoodPassphrase));
        Assert.Equal("/inloggen", activation.Headers.Location?.OriginalString);

        var login = await user.SubmitAsync("/inloggen", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = GoodPassphrase });
        Assert.Equal("/account/tweestapsverificatie", login.Headers.Location?.OriginalString);

        // A password-only session reaches nothing but enrolment.
        Assert.Equal("/account/tweestapsverificatie", (await user.GetAsync("/overzicht")).Headers.Location?.OriginalString);
        Assert.Equal("/account/tweestapsverificatie", (await user.GetAsync("/account/wachtwoord")).Headers.Location?.OriginalString);

        var enrolment = await Html.ParseAsync(await user.GetAsync("/account/tweestapsverificatie"));
        var key = enrolment.QuerySelector("#sleutel")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.StartsWith("data:image/png;base64,", enrolment.QuerySelector(".mh-qr img")?.GetAttribute("src"));
        var enrolled = await user.SubmitAsync(enrolment, "/account/tweestapsverificatie",
            new Dictionary<string, string> { ["Input.Code"] = portal.NextTotpCode(email, key) });
        Assert.Equal("/account/herstelcodes", enrolled.Headers.Location?.OriginalString);

        var codesResponse = await user.GetAsync("/account/herstelcodes");
        var codes = await Html.ParseAsync(codesResponse);
        Assert.Equal(10, codes.QuerySelectorAll(".mh-codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/overzicht")).StatusCode);

        var userId = await UserIdAsync(email);
        Assert.Equal(1, await EventsAsync(userId, AuditAction.UserInvited));
        Assert.Equal(1, await EventsAsync(userId, AuditAction.AccountActivated));
        Assert.Equal(1, await EventsAsync(userId, AuditAction.MfaEnrolled));
    }

    [Theory]
    [InlineData("kort123", "minstens 12 tekens")]
    [InlineData("qwerty123456", "wordt veel gebruikt")]
    [InlineData("wachtwoord123", "wordt veel gebruikt")]
    [InlineData("aaaaaaaaaaaaaaaa", "wordt veel gebruikt")]
    public async Task A_short_or_common_password_is_refused_with_a_Dutch_message(string password, string message)
    {
        var email = $"zwak.{Guid.NewGuid():N}@zorg.example";
        var admin = await portal.LoginAsync(DemoUsers.Administrator);
        await InviteAsync(admin, email, Role.CarePartner, DemoData.Organisations.ShelterNoordHolland);

        var response = await portal.CreatePortalClient().SubmitAsync(portal.Mail.LastLinkTo(email), NewPassword(password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#Input_NewPassword-fout")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreatePortalClient().GetAsync(portal.Mail.LastLinkTo(email))).StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash != null).SingleAsync()));
    }

    [Fact]
    public async Task A_64_character_passphrase_with_spaces_is_accepted()
    {
        var email = $"lang.{Guid.NewGuid():N}@gemeente.example";
        var passphrase = "de kat van de buren slaapt elke middag op ons warme dak in de zon";
        Assert.Equal(65, passphrase.Length);
        var admin = await portal.LoginAsync(DemoUsers.Administrator);
        await InviteAsync(admin, email, Role.DesignatedOfficer, DemoData.Organisations.MunicipalityAlkmaar);

        var response = await portal.CreatePortalClient().SubmitAsync(portal.Mail.LastLinkTo(email), NewPassword(passphrase[..64]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_account_loses_its_session_at_once_and_cannot_sign_in()
    {
        var victim = await portal.LoginAsync(DemoUsers.CarePartnerNoordHolland);
        var userId = await UserIdAsync(DemoUsers.CarePartnerNoordHolland.Email);
        var admin = await portal.LoginAsync(DemoUsers.Administrator);

        var deactivate = await admin.SubmitAsync($"/beheer/gebruikers/{userId}", new Dictionary<string, string>(), "form[action*='handler=Deactivate']");
        var afterwards = await victim.GetAsync("/overzicht");
        var login = await portal.CreatePortalClient().SubmitAsync("/inloggen", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoUsers.CarePartnerNoordHolland.Email, ["Input.Password"] = DemoData.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, deactivate.StatusCode);
        Assert.StartsWith("/inloggen", afterwards.Headers.Location?.PathAndQuery);
        Assert.Contains("Inloggen is niet gelukt", await login.Content.ReadAsStringAsync());
        Assert.Equal(1, await EventsAsync(userId, AuditAction.UserDeactivated));

        await admin.SubmitAsync($"/beheer/gebruikers/{userId}", new Dictionary<string, string>(), "form[action*='handler=Reactivate']");
        Assert.Equal(HttpStatusCode.OK, (await (await portal.LoginAsync(DemoUsers.CarePartnerNoordHolland)).GetAsync("/overzicht")).StatusCode);
    }

    [Fact]
    public async Task Resetting_MFA_ends_the_session_and_sends_the_user_back_to_enrolment()
    {
        var account = DemoUsers.Reporter;
        var reporter = await portal.LoginAsync(account);
        var userId = await UserIdAsync(account.Email);
        var admin = await portal.LoginAsync(DemoUsers.Administrator);

        await admin.SubmitAsync($"/beheer/gebruikers/{userId}", new Dictionary<string, string>(), "form[action*='handler=ResetMfa']");
        var afterwards = await reporter.GetAsync("/overzicht");
        var login = await portal.CreatePortalClient().SubmitAsync("/inloggen", new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email, ["Input.Password"] = DemoData.Password,
        });

        Assert.StartsWith("/inloggen", afterwards.Headers.Location?.PathAndQuery);
        Assert.Equal("/account/tweestapsverificatie", login.Headers.Location?.OriginalString);
        Assert.Equal(1, await EventsAsync(userId, AuditAction.MfaReset));
    }

    [Fact]
    public async Task Changing_a_role_takes_effect_at_once_and_is_audited()
    {
        var email = $"rol.{Guid.NewGuid():N}@example.org";
        var admin = await portal.LoginAsync(DemoUsers.Administrator);
        await InviteAsync(admin, email, Role.Administrator, null);
        var userId = await UserIdAsync(email);

        var change = await admin.SubmitAsync($"/beheer/gebruikers/{userId}", new Dictionary<string, string>
        {
            ["Input.Role"] = Role.CareCoordinator, ["Input.OrganisationId"] = DemoData.Organisations.CoordinationMiddenNederland.ToString(),
        }, "form[action*='handler=Role']");
        var mismatch = await admin.SubmitAsync($"/beheer/gebruikers/{userId}", new Dictionary<string, string>
        {
            ["Input.Role"] = Role.Police, ["Input.OrganisationId"] = DemoData.Organisations.MunicipalityAlkmaar.ToString(),
        }, "form[action*='handler=Role']");

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Contains("past niet bij deze organisatie", await mismatch.Content.ReadAsStringAsync());
        Assert.Equal(1, await EventsAsync(userId, AuditAction.RoleChanged));
        var role = await portal.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name).SingleAsync());
        Assert.Equal(Role.CareCoordinator, role);
    }

    [Fact]
    public async Task A_password_reset_link_sets_a_new_password_and_ends_old_sessions()
    {
        var email = $"herstel.{Guid.NewGuid():N}@example.org";
        var admin = await portal.LoginAsync(DemoUsers.Administrator);
        await InviteAsync(admin, email, Role.Administrator, null);
        await portal.CreatePortalClient().SubmitAsync(portal.Mail.LastLinkTo(email), NewPassword(GoodPassphrase));

        await portal.CreatePortalClient().SubmitAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Input.Email"] = email });
        var reset = await portal.CreatePortalClient().SubmitAsync(portal.Mail.LastLinkTo(email), NewPassword(GoodPassphrase + " en de koe"));
        var login = await portal.CreatePortalClient().SubmitAsync("/inloggen", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = GoodPassphrase + " en de koe" });

        Assert.Equal("/inloggen", reset.Headers.Location?.OriginalString);
        Assert.Equal("/account/tweestapsverificatie", login.Headers.Location?.OriginalString);
        Assert.Contains(portal.Mail.Messages, m => m.To == email && m.Subject.Contains("Nieuw wachtwoord", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> NewPassword(string password) =>
        new() { ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = password };

    private static Task<HttpResponseMessage> InviteAsync(HttpClient admin, string email, string role, Guid? organisation) =>
        admin.SubmitAsync("/beheer/gebruikers/uitnodigen", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Role"] = role, ["Input.OrganisationId"] = organisation?.ToString() ?? "",
        });

    private Task<string> UserIdAsync(string email) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<int> EventsAsync(string objectId, AuditAction action) =>
        portal.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.ObjectId == objectId && e.Action == action));
}
