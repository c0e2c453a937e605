using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Gemeente;

/// <summary>
/// The aandachtsfunctionaris's casussen: those the municipality pays for or is in a funding dispute about, with
/// only what that role needs (reference, status, opened, shelter yes/no, dispute) — no narrative, no indicators —
/// and the open disputes it can settle.
/// </summary>
[Authorize(Policy = Policies.Municipality)]
public sealed class IndexModel(AppDbContext db, RecordAccess access, AuditTrail audit, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Reference, CaseStatus Status, DateTimeOffset OpenedAt, bool Pays, bool InShelter, bool Dispute);

    public sealed record DisputeRow(Guid CaseId, string CaseReference, int CaseVersion, Guid DisputeId, IReadOnlyList<string> Municipalities,
        DateTimeOffset OpenedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<DisputeRow> Disputes { get; private set; } = [];
    public IReadOnlyDictionary<string, string> MunicipalityNames { get; private set; } = new Dictionary<string, string>();
    public string MunicipalityCode { get; private set; } = "";

    [BindProperty] public Guid CaseId { get; set; }
    [BindProperty] public Guid DisputeId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? PayingMunicipalityCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.Viewed, "GemeenteCasussen", MunicipalityCode, detail: $"{Rows.Count} casussen");
        return Page();
    }

    public async Task<IActionResult> OnPostResolveAsync(CancellationToken cancellationToken)
    {
        var loaded = await db.Cases.Include(c => c.Disputes).SingleOrDefaultAsync(c => c.Id == CaseId, cancellationToken);
        var casus = await access.PermitAsync(User, loaded, CaseOperations.ResolveDispute, "Casus", CaseId);
        if (casus is null) return NotFound();
        db.Entry(casus).Property(c => c.Version).OriginalValue = Version;
        try
        {
            if (string.IsNullOrWhiteSpace(PayingMunicipalityCode))
            {
                ModelState.AddModelError(nameof(PayingMunicipalityCode), "Kies welke gemeente betaalt.");
            }
            else
            {
                casus.ResolveFundingDispute(DisputeId, PayingMunicipalityCode, User.GetUserId()!, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                await audit.WriteAsync(AuditAction.Changed, "Casus", CaseId, detail: $"geschil opgelost, {PayingMunicipalityCode} betaalt");
                TempData["Notice"] = "Het financieringsgeschil is opgelost.";
                return RedirectToPage();
            }
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(nameof(PayingMunicipalityCode), ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Deze casus is intussen gewijzigd. Bekijk het geschil opnieuw en kies dan de betalende gemeente.");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = PortalUser.From(User)!;
        MunicipalityCode = me.MunicipalityCode ?? "";
        var code = MunicipalityCode;
        var visible = db.Cases.AsNoTracking().VisibleTo(me, CaseOperations.ReadAsMunicipality);
        Rows = await visible.OrderByDescending(c => c.OpenedAt).Take(500)
            .Select(c => new Row(c.Id, c.Reference, c.Status, c.OpenedAt, c.ResponsibleMunicipalityCode == code,
                c.Placements.Any(p => p.EndOn == null), c.Disputes.Any(d => d.ResolvedAt == null)))
            .ToListAsync(cancellationToken);
        var disputes = await db.Cases.AsNoTracking().VisibleTo(me, CaseOperations.ResolveDispute)
            .SelectMany(c => c.Disputes.Where(d => d.ResolvedAt == null && d.MunicipalityCodes.Contains(code)),
                (c, d) => new { CaseId = c.Id, c.Reference, c.Version, DisputeId = d.Id, d.MunicipalityCodes, d.OpenedAt })
            .OrderBy(d => d.OpenedAt).ToListAsync(cancellationToken);
        Disputes = [.. disputes.Select(d => new DisputeRow(d.CaseId, d.Reference, d.Version, d.DisputeId,
            d.MunicipalityCodes.Split(',', StringSplitOptions.RemoveEmptyEntries), d.OpenedAt))];
        var codes = Disputes.SelectMany(d => d.Municipalities).Append(code).Distinct().ToList();
        MunicipalityNames = await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code))
            .ToDictionaryAsync(m => m.Code, m => m.Name, cancellationToken);
    }

    public string NameOf(string code) => MunicipalityNames.TryGetValue(code, out var name) ? name : code;
}
