using System.Net;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Access;

/// <summary>Four meldingen: Alkmaar (Noord-Holland), Utrecht (Midden-Nederland), abroad, and one by the signaleerder.</summary>
public sealed class ReportAccessPortal : PortalFactory
{
    public SubmittedReport Alkmaar { get; private set; } = null!;
    public SubmittedReport Utrecht { get; private set; } = null!;
    public SubmittedReport Abroad { get; private set; } = null!;
    public SubmittedReport BySignaler { get; private set; } = null!;

    public IEnumerable<SubmittedReport> All => [Alkmaar, Utrecht, Abroad, BySignaler];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Alkmaar = await this.SubmitReportAsync("GM0361");
        Utrecht = await this.SubmitReportAsync("GM0344");
        Abroad = await this.SubmitReportAsync("ONBEKEND");
        BySignaler = await this.SubmitReportAsync("GM0361", client: await this.LoginAsync(DemoUsers.Reporter));
    }

    /// <summary>Which meldingen each demo account may open (the access matrix for meldingen).</summary>
    public IReadOnlySet<Guid> Expected(DemoData.DemoAccount account) => account.Role switch
    {
        Role.CareCoordinator when account.OrganisationId == DemoData.Organisations.CoordinationNoordHolland => new HashSet<Guid> { Alkmaar.Id, BySignaler.Id },
        Role.CareCoordinator => new HashSet<Guid> { Utrecht.Id },
        Role.National => new HashSet<Guid> { Abroad.Id },
        _ => new HashSet<Guid>(),
    };
}

public sealed class ReportAccessTests(ReportAccessPortal portal) : IClassFixture<ReportAccessPortal>
{
    public static TheoryData<string> Accounts() => [.. DemoUsers.All.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Each_demo_user_opens_exactly_the_meldingen_the_matrix_allows(string email)
    {
        var account = DemoUsers.All.Single(a => a.Email == email);
        var client = await portal.LoginAsync(account);
        var expected = portal.Expected(account);

        foreach (var report in portal.All)
        {
            var response = await client.GetAsync($"/meldingen/{report.Id}");
            var want = expected.Contains(report.Id) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.True(want == response.StatusCode, $"{email} on {report.Reference}: expected {(int)want}, got {(int)response.StatusCode}");
        }

        var list = await client.GetAsync("/meldingen");
        if (account.Role is Role.CareCoordinator or Role.National)
        {
            var page = await Html.ParseAsync(list);
            var listed = page.QuerySelectorAll("tbody a").Select(a => Guid.Parse(a.GetAttribute("href")!.Split('/')[^1])).ToHashSet();
            Assert.Equal(expected.OrderBy(g => g), listed.OrderBy(g => g));
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task The_list_query_and_the_authorization_handler_agree_for_every_demo_user(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        var db = scope.ServiceProvider.GetRequiredService<Mensenhandel.Data.AppDbContext>();
        var principal = await factory.CreateAsync((await users.FindByEmailAsync(email))!);
        ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaim(new(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
        var me = PortalUser.From(principal);
        var everything = await db.Reports.AsNoTracking().ToListAsync();

        foreach (var operation in new[] { ReportOperations.Read, ReportOperations.Triage, ReportOperations.ReadStatus })
        {
            var listed = await db.Reports.VisibleTo(me, operation).Select(r => r.Id).ToListAsync();
            var allowed = new List<Guid>();
            foreach (var report in everything)
            {
                if ((await authorization.AuthorizeAsync(principal, report, operation)).Succeeded) allowed.Add(report.Id);
            }
            Assert.Equal(allowed.Order(), listed.Order());
        }
    }

    [Fact]
    public async Task Opening_a_melding_is_audited_and_a_foreign_id_writes_an_access_denied_event()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorMiddenNederland);
        var guessed = Guid.NewGuid();
        var viewedBefore = await EventsAsync(AuditAction.Viewed, portal.Utrecht.Id);
        var deniedBefore = await EventsAsync(AuditAction.AccessDenied, portal.Alkmaar.Id);

        await client.GetAsync($"/meldingen/{portal.Utrecht.Id}");
        await client.GetAsync($"/meldingen/{portal.Alkmaar.Id}");
        await client.GetAsync($"/meldingen/{guessed}");

        Assert.Equal(viewedBefore + 1, await EventsAsync(AuditAction.Viewed, portal.Utrecht.Id));
        Assert.Equal(deniedBefore + 1, await EventsAsync(AuditAction.AccessDenied, portal.Alkmaar.Id));
        Assert.Equal(1, await EventsAsync(AuditAction.AccessDenied, guessed));
    }

    [Fact]
    public async Task The_signaleerder_sees_their_own_melding_with_only_its_coarse_status()
    {
        var client = await portal.LoginAsync(DemoUsers.Reporter);

        var page = await Html.ParseAsync(await client.GetAsync("/mijn-meldingen"));

        var rows = page.QuerySelectorAll("tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains(portal.BySignaler.Reference, row.TextContent);
        Assert.Contains("Ontvangen", row.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("main a[href^='/meldingen/']"));
    }

    [Fact]
    public async Task A_signed_in_signaleerder_gets_their_e_mail_and_organisation_filled_in()
    {
        var client = await portal.LoginAsync(DemoUsers.Reporter);

        var form = await client.OpenFormAsync();
        var page = await Html.ParseAsync(await client.GetAsync("/melden"));

        Assert.NotNull(form);
        Assert.Equal(DemoUsers.Reporter.Email, page.QuerySelector("#Input_Email")?.GetAttribute("value"));
        Assert.Equal("Scholengemeenschap De Horizon, Alkmaar", page.QuerySelector("#Input_Organisation")?.GetAttribute("value"));
    }

    private Task<int> EventsAsync(AuditAction action, Guid id) =>
        portal.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == action && e.ObjectId == id.ToString()));
}
