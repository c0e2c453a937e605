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

namespace Mensenhandel.Web.Pages.Verwijzingen;

/// <summary>
/// A referral as its recipient sees it: the request and the facts a partner needs to act, and identifying
/// data only when the referral shares it (with its consent or legal ground). Accept or decline with a reason.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class DetailsModel(AppDbContext db, RecordAccess access, AuditTrail audit, TimeProvider clock) : PageModel
{
    public Referral Referral { get; private set; } = null!;
    public SharedFacts Facts { get; private set; } = null!;
    [BindProperty] public string? RejectReason { get; set; }
    [BindProperty] public int Version { get; set; }

    /// <summary>What the recipient may read. <see cref="NameOrInitials"/> is filled only when identity is shared.</summary>
    public sealed record SharedFacts(IReadOnlyList<ExploitationForm> Forms, bool PossiblyMinor, AgeGroup AgeGroup, Gender Gender,
        string? Languages, string? NameOrInitials);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, ReferralOperations.Read, tracked: false, cancellationToken)) return NotFound();
        Version = Referral.Version;
        await audit.WriteAsync(AuditAction.Viewed, "Verwijzing", id);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) =>
        AnswerAsync(id, (referral, me, now) => referral.Accept(me, now), "U hebt de verwijzing geaccepteerd.", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        AnswerAsync(id, (referral, me, now) => referral.Reject(RejectReason ?? "", me, now), "U hebt de verwijzing afgewezen.", ct);

    private async Task<IActionResult> AnswerAsync(Guid id, Action<Referral, string, DateTimeOffset> answer, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, ReferralOperations.Answer, tracked: true, cancellationToken)) return NotFound();
        db.Entry(Referral).Property(r => r.Version).OriginalValue = Version;
        try
        {
            var now = clock.GetUtcNow();
            answer(Referral, User.GetUserId()!, now);
            var casus = await db.Cases.SingleAsync(c => c.Id == Referral.CaseId, cancellationToken);
            casus.RecordReferral(CaseEventKind.ReferralAnswered,
                $"{Mensenhandel.Domain.Cases.Referral.DutchName(Referral.Kind)}: verwijzing {ReferralLabels.Of(Referral.Status)}"
                + (Referral.AnswerReason is null ? "" : $" ({Referral.AnswerReason})"), User.GetUserId()!, now);
            await db.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync(AuditAction.Changed, "Verwijzing", id, detail: Referral.Status.ToString());
            TempData["Notice"] = notice;
            return RedirectToPage(new { id });
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError("", ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Op deze verwijzing is intussen door een collega gereageerd.");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(id, ReferralOperations.Read, tracked: false, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation,
        bool tracked, CancellationToken cancellationToken)
    {
        var loaded = await (tracked ? db.Referrals : db.Referrals.AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var referral = await access.PermitAsync(User, loaded, operation, "Verwijzing", id);
        if (referral is null) return false;
        Referral = referral;
        var casus = await db.Cases.AsNoTracking().Include(c => c.Forms).SingleAsync(c => c.Id == referral.CaseId, cancellationToken);
        var first = await db.Reports.AsNoTracking().Where(r => r.CaseId == casus.Id).OrderBy(r => r.SubmittedAt)
            .Select(r => new { r.VictimAgeGroup, r.VictimGender, r.VictimLanguages, r.VictimNameOrInitials }).FirstAsync(cancellationToken);
        Facts = new SharedFacts([.. casus.Forms.Select(f => f.Form)], casus.PossiblyMinor, first.VictimAgeGroup, first.VictimGender,
            first.VictimLanguages, referral.IdentityVisible ? first.VictimNameOrInitials : null);
        return true;
    }
}
