using System.Net;
using Mensenhandel.Web.Demo;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>Signing in the way a person does: the login form, then the code from the authenticator app.</summary>
public static class Accounts
{
    public static async Task<HttpClient> LoginAsync(this PortalFactory portal, DemoData.DemoAccount account)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(account);
        var client = portal.CreatePortalClient();
        var password = await client.SubmitAsync("/inloggen", new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = DemoData.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/inloggen/code", password.Headers.Location?.OriginalString);

        var code = await client.SubmitAsync(password.Headers.Location!.OriginalString, new Dictionary<string, string>
        {
            ["Input.Code"] = portal.NextTotpCode(account.Email, account.TotpSecret),
        });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/overzicht", code.Headers.Location?.OriginalString);
        return client;
    }

    public static async Task<HttpResponseMessage> LogoutAsync(this HttpClient client) =>
        await client.SubmitAsync("/uitloggen", new Dictionary<string, string>());
}
