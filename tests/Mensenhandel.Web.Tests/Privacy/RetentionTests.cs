using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Privacy;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Privacy;

/// <summary>Retention moves the portal's clock years ahead, so it has a portal of its own.</summary>
public sealed class RetentionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Dashboard-style figures, computed only from the statistical columns of the rows.</summary>
    private Task<string> FiguresAsync() => portal.WithDbAsync(async db =>
    {
        var rows = await db.Reports.AsNoTracking()
            .Select(r => new { r.SubmittedAt, r.MunicipalityCode, r.RegionId, r.Status, r.ReporterSector, r.VictimPossiblyMinor, r.AcuteDanger, Forms = r.Forms.Select(f => f.Form).ToList() })
            .ToListAsync();
        var perMonthMunicipalityForm = rows.SelectMany(r => r.Forms.Select(f => $"{r.SubmittedAt:yyyy-MM}|{r.MunicipalityCode}|{f}"))
            .GroupBy(k => k).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}");
        var perStatus = rows.GroupBy(r => $"{r.RegionId}|{r.Status}|{r.ReporterSector}|{r.VictimPossiblyMinor}|{r.AcuteDanger}")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}");
        var cases = await db.Cases.AsNoTracking().GroupBy(c => new { c.RegionId, c.Status }).Select(g => new { g.Key.RegionId, g.Key.Status, N = g.Count() }).ToListAsync();
        return string.Join(";", perMonthMunicipalityForm.Concat(perStatus).Concat(cases.OrderBy(c => c.Status).Select(c => $"{c.RegionId}|{c.Status}={c.N}")));
    });

    private async Task RunRetentionAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task After_the_period_identifying_data_is_gone_the_figures_are_unchanged_and_every_removal_is_audited()
    {
        var canary = $"bewaar{Guid.NewGuid():N}"[..20];
        var closedMelding = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", $"Naam {canary}").Set("Input.Description", $"Tekst {canary}")
            .Set("Input.ReporterName", $"Melder {canary}"));
        var caseMelding = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", "K. L.").Set("Input.Description", $"Casus {canary}"));
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        await coordinator.SubmitAsync($"/meldingen/{closedMelding.Id}", new Dictionary<string, string> { ["ClosingReason"] = "InsufficientInformation" },
            "form[action*='handler=Close']");
        var opened = await coordinator.SubmitAsync($"/meldingen/{caseMelding.Id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
        var caseUrl = opened.Headers.Location!.OriginalString;
        var caseId = Guid.Parse(caseUrl.Split('/')[^1]);
        await coordinator.SubmitAsync(caseUrl, new Dictionary<string, string> { ["Note"] = $"Notitie {canary}" }, "form[action*='handler=Note']");
        await coordinator.SubmitAsync(caseUrl, new Dictionary<string, string> { ["NewStatus"] = "Closed", ["Reason"] = $"Klaar {canary}" }, "form[action*='handler=Status']");
        Assert.Equal(CaseStatus.Closed, await portal.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync()));
        var figures = await FiguresAsync();

        // Nothing is due yet; the dry run looks ahead and names the melding without removing anything.
        await RunRetentionAsync();
        Assert.Null(await portal.WithDbAsync(db => db.Reports.Where(r => r.Id == closedMelding.Id).Select(r => r.PseudonymisedAt).SingleAsync()));
        portal.Clock.Advance(TimeSpan.FromDays(300));
        var admin = await portal.LoginAsync(DemoUsers.Administrator);
        var dryRun = await Html.ParseAsync(await admin.GetAsync("/beheer/bewaartermijnen"));
        Assert.Contains(closedMelding.Reference, dryRun.QuerySelector("#proefrun")?.TextContent);
        Assert.DoesNotContain(caseMelding.Reference, dryRun.QuerySelector("#proefrun")?.TextContent);
        Assert.DoesNotContain(canary, dryRun.QuerySelector("main")!.TextContent);

        // One year after closing: the melding closed without a casus loses its identifying data; the casus not yet.
        portal.Clock.Advance(TimeSpan.FromDays(66));
        await RunRetentionAsync();
        var melding = await portal.LoadReportAsync(closedMelding.Reference);
        Assert.NotNull(melding.PseudonymisedAt);
        Assert.Equal(("", (string?)null, (string?)null), (melding.Description, melding.VictimNameOrInitials, melding.ReporterName));
        Assert.Equal(ReportStatus.Closed, melding.Status);
        Assert.Contains($"Casus {canary}", (await portal.LoadReportAsync(caseMelding.Reference)).Description);

        // Five years after closing the casus: the casus, its timeline and its melding follow.
        portal.Clock.Advance(TimeSpan.FromDays(5 * 365));
        await RunRetentionAsync();
        var residue = await portal.LoadReportAsync(caseMelding.Reference);
        var casus = await portal.WithDbAsync(db => db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == caseId));
        Assert.Null(residue.VictimNameOrInitials);
        Assert.Equal("", residue.Description);
        Assert.NotNull(casus.PseudonymisedAt);
        Assert.All(casus.Events, e => Assert.Equal("", e.Text));
        Assert.Equal(CaseStatus.Closed, casus.Status);

        Assert.Equal(figures, await FiguresAsync());
        var audited = await portal.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == AuditAction.Pseudonymised).Select(e => e.ObjectId).ToListAsync());
        Assert.Contains(closedMelding.Id.ToString(), audited);
        Assert.Contains(caseMelding.Id.ToString(), audited);
        Assert.Contains(caseId.ToString(), audited);
        Assert.DoesNotContain(portal.Log.Lines(), l => l.Contains(canary, StringComparison.Ordinal));

        // Running again changes nothing and audits nothing new.
        await RunRetentionAsync();
        Assert.Equal(audited.Count, await portal.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.Pseudonymised)));
    }
}
