using System.Net;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Access;

public sealed class DemoShortcutPortal : PortalFactory
{
    public DemoShortcutPortal() => WithSetting("Demo:SkipMfa", "true");
}

/// <summary>Development's demo shortcut: demo accounts in without the code; nothing else changes.</summary>
public sealed class DemoShortcutTests(DemoShortcutPortal portal) : IClassFixture<DemoShortcutPortal>
{
    [Fact]
    public async Task With_the_shortcut_a_demo_account_signs_in_with_only_its_password()
    {
        var client = portal.CreatePortalClient();

        var login = await client.SubmitAsync("/inloggen", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoUsers.CoordinatorNoordHolland.Email, ["Input.Password"] = DemoData.Password,
        });

        Assert.Equal("/overzicht", login.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overzicht")).StatusCode);
    }

    [Fact]
    public async Task Outside_Development_the_shortcut_does_not_exist()
    {
        await using var production = new PortalFactory { EnvironmentName = "Production" }.WithSetting("Demo:SkipMfa", "true");
        await production.InitializeAsync();

        var demo = production.Services.GetRequiredService<Mensenhandel.Web.Pages.Account.DemoOptions>();
        var users = await production.CountAsync<Mensenhandel.Data.Identity.ApplicationUser>();

        Assert.False(demo.SkipMfa);
        Assert.False(demo.Seed);
        Assert.Equal(0, users);
    }
}
