using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Meldingen;

/// <summary>
/// One melding, for the zorgcoördinator of its region, and its triage: open a casus, link it to an existing
/// one, or close it with a reason. Every read is audited; anything out of scope is a 404.
/// </summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class DetailsModel(AppDbContext db, RecordAccess access, AuditTrail audit, Triage triage, TimeProvider clock) : PageModel
{
    public Report Report { get; private set; } = null!;
    public string? MunicipalityName { get; private set; }
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public IReadOnlyList<Triage.Suggestion> Suggestions { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Reference, string Status)> OpenCases { get; private set; } = [];
    public string? CaseReference { get; private set; }

    public IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> CaseChoices =>
        OpenCases.Select(c => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{c.Reference} ({c.Status})", c.Id.ToString()));
    public bool IsOverdue { get; private set; }

    [BindProperty] public Guid? LinkCaseId { get; set; }
    [BindProperty] public ReportClosingReason? ClosingReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, ReportOperations.Read, tracked: false, cancellationToken)) return NotFound();
        await audit.WriteAsync(AuditAction.Viewed, "Melding", id);
        return Page();
    }

    public async Task<IActionResult> OnPostOpenCaseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, ReportOperations.Triage, tracked: true, cancellationToken)) return NotFound();
        return await TriageAsync(async () =>
        {
            var casus = await triage.OpenCaseAsync(Report, User.GetUserId()!, cancellationToken);
            TempData["Notice"] = $"Casus {casus.Reference} is geopend.";
            return RedirectToPage("/Casussen/Details", new { id = casus.Id });
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, ReportOperations.Triage, tracked: true, cancellationToken)) return NotFound();
        return await TriageAsync(async () =>
        {
            var casus = LinkCaseId is { } caseId
                ? await db.Cases.VisibleTo(PortalUser.From(User), CaseOperations.Edit).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
                : null;
            if (casus is null) throw new DomainRuleException("Kies een casus uit de lijst.");
            await triage.LinkAsync(Report, casus, User.GetUserId()!);
            TempData["Notice"] = $"De melding is gekoppeld aan casus {casus.Reference}.";
            return RedirectToPage("/Casussen/Details", new { id = casus.Id });
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, ReportOperations.Triage, tracked: true, cancellationToken)) return NotFound();
        return await TriageAsync(async () =>
        {
            if (ClosingReason is not { } reason) throw new DomainRuleException("Kies een reden om de melding af te sluiten.");
            await triage.CloseAsync(Report, reason, User.GetUserId()!);
            TempData["Notice"] = $"Melding {Report.Reference} is afgesloten.";
            return RedirectToPage("Index");
        }, cancellationToken);
    }

    private async Task<IActionResult> TriageAsync(Func<Task<IActionResult>> outcome, CancellationToken cancellationToken)
    {
        try
        {
            return await outcome();
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError("", ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Deze melding of casus is intussen door iemand anders gewijzigd. Bekijk de melding opnieuw.");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(Report.Id, ReportOperations.Read, tracked: false, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Reports.Include(r => r.Forms).Include(r => r.Indicators).AsQueryable();
        var loaded = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var report = await access.PermitAsync(User, loaded, operation, "Melding", id);
        if (report is null) return false;

        Report = report;
        IsOverdue = report.IsOverdue(clock.GetUtcNow());
        MunicipalityName = report.MunicipalityCode is null ? null
            : await db.Municipalities.Where(m => m.Code == report.MunicipalityCode).Select(m => m.Name).SingleOrDefaultAsync(cancellationToken);
        var codes = report.Indicators.Select(i => i.IndicatorCode).ToList();
        Indicators = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        CaseReference = report.CaseId is { } caseId
            ? await db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (report.IsAwaitingTriage)
        {
            Suggestions = await triage.SuggestDuplicatesAsync(report, cancellationToken);
            OpenCases = (await db.Cases.AsNoTracking().VisibleTo(PortalUser.From(User), CaseOperations.Edit)
                    .Where(c => c.Status != CaseStatus.Closed).OrderByDescending(c => c.OpenedAt).Take(200)
                    .Select(c => new { c.Id, c.Reference, c.Status }).ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.Reference, CaseWorkflow.DutchName(c.Status))).ToList();
        }
        return true;
    }
}
