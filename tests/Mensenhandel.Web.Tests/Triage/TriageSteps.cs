using System.Net;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Triage;

/// <summary>The steps a coordinator takes before the thing a test is about.</summary>
public static class TriageSteps
{
    /// <summary>A signaler reports in Alkmaar (GM0361); the Noord-Holland coordinator triages it into a new casus.</summary>
    public static async Task<(HttpClient Coordinator, Guid CaseId, SubmittedReport Report)> OpenCaseAsync(
        this PortalFactory portal, Action<ReportFields>? change = null, string municipality = "GM0361")
    {
        ArgumentNullException.ThrowIfNull(portal);
        var report = await portal.SubmitReportAsync(municipality, change);
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var response = await coordinator.SubmitAsync($"/meldingen/{report.Id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var caseId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        return (coordinator, caseId, report);
    }

    /// <summary>A second, active zorgcoördinator account of Noord-Holland (the demo data has one per region).</summary>
    public static async Task<string> AddColleagueInNoordHollandAsync(this PortalFactory portal, string email)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, OrganisationId = DemoData.Organisations.CoordinationNoordHolland,
            CreatedAt = DateTimeOffset.UtcNow, ActivatedAt = DateTimeOffset.UtcNow,
        };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Role.CareCoordinator)).Succeeded);
        return user.Id;
    }
}
