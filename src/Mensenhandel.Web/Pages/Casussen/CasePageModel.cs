using System.Runtime.CompilerServices;
using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Caching.Memory;

namespace Mensenhandel.Web.Pages.Casussen;

/// <summary>
/// What the casus page and its sub-page for the responsible municipality share: the casus read under the
/// record-access rules with the names and related records it shows, and a change that carries the version the
/// form was loaded with, so a colleague's change is never silently overwritten. A stored change returns to the
/// casus page with its notice; a refused one shows the same page again with what was typed.
/// </summary>
public abstract class CasePageModel(AppDbContext db, RecordAccess access, AuditTrail audit, TimeProvider clock, FundingDisputePolicy disputes,
    Melden.ReportFormChoicesCache choices, IMemoryCache cache) : PageModel
{
    protected AppDbContext Db { get; } = db;
    protected AuditTrail Audit { get; } = audit;

    public Case Case { get; private set; } = null!;
    public CaseView View { get; private set; } = null!;

    [BindProperty] public int Version { get; set; }
    [TempData] public string? Notice { get; set; }

    /// <summary>Whether a running funding dispute has passed the escalation term.</summary>
    public bool IsEscalated(FundingDispute dispute) => dispute.IsEscalated(clock.GetUtcNow(), disputes);

    private readonly List<Func<Task>> _afterSave = [];

    /// <summary>Audit lines about related records are written only once the change is stored.</summary>
    protected void AfterSave(Func<Task> write) => _afterSave.Add(write);

    /// <summary>Reads the casus for a view, or answers 404 when it does not exist or is not the user's to read.</summary>
    protected async Task<bool> LoadForViewAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, CaseOperations.Read, cancellationToken)) return false;
        Version = Case.Version;
        return true;
    }

    /// <param name="change">Changes the loaded casus (by the signed-in user, now) and returns the audit line's detail.</param>
    /// <param name="notice">Shown on the casus page once the change is stored.</param>
    protected async Task<IActionResult> ActAsync(Guid id, Func<Case, string, DateTimeOffset, Task<string>> change, string notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!await LoadAsync(id, CaseOperations.Edit, cancellationToken, tracked: true)) return NotFound();
        Db.Entry(Case).Property(c => c.Version).OriginalValue = Version;
        try
        {
            var what = await change(Case, User.GetUserId()!, clock.GetUtcNow());
            await Db.SaveChangesAsync(cancellationToken);
            await Audit.WriteAsync(AuditAction.Changed, "Casus", id, detail: what);
            foreach (var write in _afterSave) await write();
            Notice = notice;
            return RedirectToPage("/Casussen/Details", new { id });
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError("", ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await LoadAsync(id, CaseOperations.Read, cancellationToken);
            var latest = View.Timeline.Count > 0 ? View.Timeline[0] : null;
            ModelState.AddModelError("", "Deze casus is intussen door een collega gewijzigd; uw wijziging is niet opgeslagen. " +
                $"Laatste wijziging: {latest?.Text}. Uw invoer staat hieronder nog; controleer en verstuur opnieuw.");
            Version = Case.Version;
            return Page();
        }
        Db.ChangeTracker.Clear();
        await LoadAsync(id, CaseOperations.Read, cancellationToken);
        return Page();
    }

    /// <summary>
    /// The view's read of the casus, compiled once per model (a portal has one; the tests start several, each
    /// with its own field keys): every opening of a casus would otherwise pay EF's per-call work on the LINQ
    /// expression (evaluating its closure, hashing it to find the cached plan).
    /// </summary>
    private static readonly ConditionalWeakTable<IModel, Func<AppDbContext, Guid, CancellationToken, Task<Case?>>> CaseForView = new();

    private static Func<AppDbContext, Guid, CancellationToken, Task<Case?>> CompileCaseForView(IModel _) => EF.CompileAsyncQuery(
        (AppDbContext db, Guid id, CancellationToken _) => db.Cases.AsNoTracking().Include(c => c.Forms).Include(c => c.Placements)
            .Include(c => c.Disputes).AsSingleQuery().SingleOrDefault(c => c.Id == id));

    private async Task<bool> LoadAsync(Guid id, OperationAuthorizationRequirement operation, CancellationToken cancellationToken, bool tracked = false)
    {
        // One connection for the page's reads: each separate open rents a pooled connection again. (The
        // session reset that also came with each open is gone portal-wide, No Reset On Close; without this
        // explicit open the page still served about 10 % fewer views per second in the profiling script.)
        await Db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A change loads the whole aggregate. A view reads the timeline with the page's other related rows
            // (CaseView); forms, placements and disputes are a handful of rows each, so they come in the case's
            // own statement instead of one round trip per collection.
            var loaded = tracked
                ? await Db.Cases.Include(c => c.Forms).Include(c => c.Events).Include(c => c.Placements).Include(c => c.Disputes)
                    .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                : await CaseForView.GetValue(Db.Model, CompileCaseForView)(Db, id, cancellationToken);
            var casus = await access.PermitAsync(User, loaded, operation, "Casus", id);
            if (casus is null) return false;
            Case = casus;
            View = await CaseView.LoadAsync(Db, cache, casus, await choices.GetAsync(Db, clock, cancellationToken), cancellationToken);
            return true;
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }
}
