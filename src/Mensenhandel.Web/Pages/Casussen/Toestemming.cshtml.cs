using Mensenhandel.Data;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Casussen;

/// <summary>
/// The consent lifecycle of a casus: record a consent (text version, through whom, when) and record its
/// withdrawal, which stops every referral that shared identifying data on consent from showing it, tells the
/// coordinator (mail without content) and lands on the timeline.
/// </summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class ToestemmingModel(AppDbContext db, RecordAccess access, AuditTrail audit, TimeProvider clock) : PageModel
{
    public Case Case { get; private set; } = null!;
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? TextVersion { get; set; }
    [BindProperty] public ConsentChannel? Channel { get; set; }
    [TempData] public string? Notice { get; set; }

    public static IEnumerable<SelectListItem> Channels =>
    [
        new("Persoonlijk, bij de zorgcoördinator", nameof(ConsentChannel.InPerson)),
        new("Persoonlijk, via een tolk", nameof(ConsentChannel.Interpreter)),
        new("Via een zorgpartner of opvang", nameof(ConsentChannel.CarePartner)),
        new("Via politie of een andere instantie", nameof(ConsentChannel.Authority)),
        new("Schriftelijk ondertekend", nameof(ConsentChannel.Written)),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, CaseOperations.Read, tracked: false, cancellationToken)) return NotFound();
        Version = Case.Version;
        await audit.WriteAsync(AuditAction.Viewed, "Toestemming", id);
        return Page();
    }

    public Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken ct) => ActAsync(id, async casus =>
    {
        if (Channel is not { } channel) throw new DomainRuleException("Kies via wie de toestemming is gegeven.");
        var record = casus.RecordConsent(TextVersion ?? "", channel, User.GetUserId()!, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(AuditAction.ConsentRecorded, "Casus", id, detail: $"tekstversie {record.TextVersion}, via {channel}");
        return "De toestemming is vastgelegd.";
    }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) => ActAsync(id, async casus =>
    {
        var now = clock.GetUtcNow();
        var referrals = await db.Referrals.Where(r => r.CaseId == id).ToListAsync(ct);
        var affected = casus.WithdrawConsent(referrals, User.GetUserId()!, now);
        db.OutboxMessages.Add(new OutboxMessage(PrivacyMail.ConsentWithdrawn, casus.Id, casus.RegionId, now.UtcDateTime));
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(AuditAction.ConsentWithdrawn, "Casus", id, detail: $"{affected.Count} verwijzing(en) ingetrokken");
        foreach (var referral in affected)
            await audit.WriteAsync(AuditAction.Changed, "Verwijzing", referral.Id, detail: "identiteit niet meer gedeeld: toestemming ingetrokken");
        return affected.Count == 0
            ? "De intrekking is vastgelegd."
            : $"De intrekking is vastgelegd. {affected.Count} verwijzing(en) tonen geen identificerende gegevens meer aan de ontvanger.";
    }, ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Case, Task<string>> act, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, CaseOperations.Edit, tracked: true, cancellationToken)) return NotFound();
        db.Entry(Case).Property(c => c.Version).OriginalValue = Version;
        try
        {
            Notice = await act(Case);
            return RedirectToPage(new { id });
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError("", ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Een collega heeft deze casus intussen gewijzigd. Uw invoer staat hieronder nog; controleer en verstuur opnieuw.");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(id, CaseOperations.Read, tracked: false, cancellationToken);
        Version = Case.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation,
        bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Cases.Include(c => c.ConsentRecords);
        var loaded = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var casus = await access.PermitAsync(User, loaded, operation, "Casus", id);
        if (casus is null) return false;
        Case = casus;
        return true;
    }
}
