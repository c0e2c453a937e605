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
    [BindProperty] public ReferralFeedback? Feedback { get; set; }
    [BindProperty] public string? FeedbackText { get; set; }
    [BindProperty] public DateOnly? ShelterStart { get; set; }
    [BindProperty] public DateOnly? ShelterEnd { get; set; }

    /// <summary>The recipient's own running shelter placement for this casus, if any (opvang referrals).</summary>
    public ShelterPlacement? RunningPlacement { get; private set; }

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
        ActAsync(id, (referral, casus, me, now) => Answered(casus, referral.Accept, me, now), "U hebt de verwijzing geaccepteerd.", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, (referral, casus, me, now) => Answered(casus, (m, n) => referral.Reject(RejectReason ?? "", m, n), me, now),
            "U hebt de verwijzing afgewezen.", ct);

    /// <summary>Feedback to the coordinator (aangifte opgenomen, in zorg, …): lands on the casus timeline.</summary>
    public Task<IActionResult> OnPostFeedbackAsync(Guid id, CancellationToken ct) => ActAsync(id, (referral, casus, me, now) =>
    {
        if (Feedback is not { } feedback || !Enum.IsDefined(feedback))
            return Invalid(nameof(Feedback), "Kies wat u terugkoppelt.");
        referral.GiveFeedback(casus, feedback, FeedbackText, me, now);
        return $"terugkoppeling {feedback}";
    }, "Uw terugkoppeling is naar de zorgcoördinator gestuurd.", ct);

    /// <summary>The opvang records the start of the stay in its own shelter.</summary>
    public Task<IActionResult> OnPostStartShelterAsync(Guid id, CancellationToken ct) => ActAsync(id, (referral, casus, me, now) =>
    {
        RequireShelterReferral(referral);
        if (ShelterStart is not { } start) return Invalid(nameof(ShelterStart), "Vul de begindatum van de opvang in.");
        if (start > DateOnly.FromDateTime(now.UtcDateTime)) return Invalid(nameof(ShelterStart), "De begindatum ligt in de toekomst.");
        casus.StartShelter(referral.RecipientOrganisationId!.Value, start, me, now);
        return "opvang gestart";
    }, "De start van de opvang is vastgelegd.", ct);

    public Task<IActionResult> OnPostEndShelterAsync(Guid id, CancellationToken ct) => ActAsync(id, (referral, casus, me, now) =>
    {
        RequireShelterReferral(referral);
        if (ShelterEnd is not { } end) return Invalid(nameof(ShelterEnd), "Vul de einddatum van de opvang in.");
        if (end > DateOnly.FromDateTime(now.UtcDateTime)) return Invalid(nameof(ShelterEnd), "De einddatum ligt in de toekomst.");
        var placement = casus.Placements.SingleOrDefault(p => p.EndOn is null && p.OrganisationId == referral.RecipientOrganisationId)
            ?? throw new DomainRuleException("Er loopt geen opvangplaatsing bij uw organisatie.");
        casus.EndShelter(placement.Id, end, me, now);
        return "opvang beëindigd";
    }, "Het einde van de opvang is vastgelegd.", ct);

    private static void RequireShelterReferral(Referral referral)
    {
        if (referral.Kind != ReferralKind.Shelter || referral.Status != ReferralStatus.Accepted)
            throw new DomainRuleException("Opvang vastleggen kan alleen bij een geaccepteerde verwijzing voor opvang.");
    }

    private string Answered(Case casus, Action<string, DateTimeOffset> answer, string me, DateTimeOffset now)
    {
        answer(me, now);
        casus.RecordReferral(CaseEventKind.ReferralAnswered,
            $"{Mensenhandel.Domain.Cases.Referral.DutchName(Referral.Kind)}: verwijzing {ReferralLabels.Of(Referral.Status)}"
            + (Referral.AnswerReason is null ? "" : $" ({Referral.AnswerReason})"), me, now);
        return Referral.Status.ToString();
    }

    /// <summary>A field the user must fix: the message goes next to that field and in the summary.</summary>
    private string? Invalid(string field, string message)
    {
        ModelState.AddModelError(field, message);
        return null;
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Referral, Case, string, DateTimeOffset, string?> act, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, ReferralOperations.Answer, tracked: true, cancellationToken)) return NotFound();
        db.Entry(Referral).Property(r => r.Version).OriginalValue = Version;
        try
        {
            var now = clock.GetUtcNow();
            var casus = await db.Cases.Include(c => c.Placements).SingleAsync(c => c.Id == Referral.CaseId, cancellationToken);
            var detail = act(Referral, casus, User.GetUserId()!, now);
            // Without a detail the field errors are in ModelState already: show the form again.
            if (detail is not null)
            {
                // The referral's version changes with every answer, so a second partner acting on the same page conflicts.
                db.Entry(Referral).State = EntityState.Modified;
                await db.SaveChangesAsync(cancellationToken);
                await audit.WriteAsync(AuditAction.Changed, "Verwijzing", id, detail: detail);
                TempData["Notice"] = notice;
                return RedirectToPage(new { id });
            }
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError("", ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Op deze verwijzing is intussen door een collega gereageerd. Uw invoer staat hieronder nog.");
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
        var casus = await db.Cases.AsNoTracking().Include(c => c.Forms).Include(c => c.Placements).SingleAsync(c => c.Id == referral.CaseId, cancellationToken);
        var first = await db.Reports.AsNoTracking().Where(r => r.CaseId == casus.Id).OrderBy(r => r.SubmittedAt)
            .Select(r => new { r.VictimAgeGroup, r.VictimGender, r.VictimLanguages, r.VictimNameOrInitials }).FirstAsync(cancellationToken);
        Facts = new SharedFacts([.. casus.Forms.Select(f => f.Form)], casus.PossiblyMinor, first.VictimAgeGroup, first.VictimGender,
            first.VictimLanguages, referral.IdentityVisible ? first.VictimNameOrInitials : null);
        RunningPlacement = casus.Placements.SingleOrDefault(p => p.EndOn is null && p.OrganisationId == referral.RecipientOrganisationId);
        return true;
    }
}
