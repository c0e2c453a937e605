using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Melden;

/// <summary>What a signaler typed never reaches a log line or a URL, through submission, reading and triage.</summary>
public sealed class CanaryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_canary_in_every_field_appears_in_no_log_line_and_no_url()
    {
        var canary = $"kanarie{Guid.NewGuid():N}"[..20];
        var report = await portal.SubmitReportAsync("GM0361", f => f.WithCanary(canary));
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var detail = await coordinator.GetAsync($"/meldingen/{report.Id}");
        await coordinator.SubmitAsync($"/meldingen/{report.Id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");

        Assert.Contains(canary, await detail.Content.ReadAsStringAsync()); // the coordinator does read it
        var lines = portal.Log.Lines().ToList();
        Assert.NotEmpty(lines);
        Assert.Contains(lines, l => l.Contains("\"POST\" \"/melden\"", StringComparison.Ordinal)); // the request log is there
        Assert.DoesNotContain(lines, l => l.Contains(canary, StringComparison.OrdinalIgnoreCase));
        var paths = portal.Log.Events.Where(e => e.Properties.ContainsKey("RequestPath")).Select(e => e.Properties["RequestPath"].ToString());
        Assert.DoesNotContain(paths, p => p.Contains(canary, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(canary, string.Join(" ", portal.Mail.Messages.Select(m => m.Body)));
    }
}
