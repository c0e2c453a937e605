using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Mensenhandel.Web.Pages.Dashboard;

/// <summary>
/// Regional figures for aandachtsfunctionarissen and zorgcoördinatoren (own region), national ones for Landelijk
/// (with a region filter). A GET form, so filters work without JavaScript; every table is also a CSV download
/// (<c>?formaat=csv&amp;tabel=…</c>) with the same suppression, and every view and export is audited.
/// </summary>
[Authorize(Policy = Policies.Figures)]
public sealed class IndexModel(AppDbContext db, DashboardFigures figures, AuditTrail audit, TimeProvider clock,
    Melden.ReportFormChoicesCache choices, IMemoryCache cache) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "periode")] public string? PeriodKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "vorm")] public string? FormKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? MunicipalityCode { get; set; }
    [BindProperty(SupportsGet = true, Name = "regio")] public string? RegionKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "formaat")] public string? Format { get; set; }
    [BindProperty(SupportsGet = true, Name = "tabel")] public string? TableId { get; set; }

    public DashboardResult Result { get; private set; } = new([], false);
    public DashboardScope Scope { get; private set; } = null!;
    public IReadOnlyList<DashboardPeriod> Periods { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Municipalities { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Regions { get; private set; } = [];
    public string ScopeName { get; private set; } = "heel Nederland";
    public bool ChoosesRegion { get; private set; }

    /// <summary>What the tables' HTML depends on: the computed figures (one copy per cache period) and the filters in the CSV links.</summary>
    public string TablesVersion => $"{Result.Version:N}|{RegionKey}|{PeriodKey}|{FormKey}|{MunicipalityCode}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var me = PortalUser.From(User);
        ChoosesRegion = me?.Is(Role.National) == true;
        // The 25 regions and the municipalities change only by migration: reference data, read once in a while.
        Regions = await cache.GetOrCreateAsync("dashboard:regio's", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Melden.ReportFormChoicesCache.Lifetime;
            return (IReadOnlyList<(string Id, string Name)>)[.. (await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name))];
        }) ?? [];
        var requestedRegion = Regions.Any(r => r.Id == RegionKey) ? RegionKey : null;
        if (!DashboardAccess.TryScope(me, requestedRegion, out var regionId)) return NotFound();
        RegionKey = regionId;
        if (regionId is not null) ScopeName = "regio " + (Regions.FirstOrDefault(r => r.Id == regionId).Name ?? regionId);

        var now = clock.GetUtcNow();
        Periods = DashboardPeriod.Options(now);
        var period = DashboardPeriod.Choose(PeriodKey, now);
        PeriodKey = period.Key;
        ExploitationForm? form = Enum.TryParse<ExploitationForm>(FormKey, ignoreCase: false, out var f) && Enum.IsDefined(f) ? f : null;
        FormKey = form?.ToString();
        Municipalities = regionId is null ? [] : [.. (await choices.GetAsync(db, clock, cancellationToken)).Municipalities
            .Where(m => m.RegionId == regionId).Select(m => (m.Code, m.Name))];
        // Only whole municipalities of the user's own scope: anything else is ignored, never an error.
        MunicipalityCode = Municipalities.Any(m => m.Code == MunicipalityCode) ? MunicipalityCode : null;

        Scope = new DashboardScope(regionId, period, form, MunicipalityCode, now);
        Result = await figures.ComputeAsync(Scope, cancellationToken);
        var filters = $"regio {regionId ?? "NL"}, periode {period.Key}, vorm {FormKey ?? "alle"}, gemeente {MunicipalityCode ?? "alle"}";

        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var table = Result.Tables.FirstOrDefault(t => t.Id == TableId);
            if (table is null) return NotFound();
            await audit.WriteAsync(AuditAction.Exported, "Dashboard", table.Id, detail: filters);
            return File(table.ToCsv(), "text/csv; charset=utf-8", $"dashboard-{table.Id}-{period.Key}.csv");
        }
        await audit.WriteAsync(AuditAction.Viewed, "Dashboard", regionId ?? "NL", detail: filters);
        return Page();
    }

    /// <summary>The current filters plus CSV for one table, for the download link.</summary>
    public string CsvLink(string tableId)
    {
        var query = new Dictionary<string, string?>
        {
            ["periode"] = PeriodKey, ["vorm"] = FormKey, ["gemeente"] = MunicipalityCode,
            ["regio"] = ChoosesRegion ? RegionKey : null, ["formaat"] = "csv", ["tabel"] = tableId,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/dashboard",
            query.Where(q => q.Value is not null).Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
    }
}
