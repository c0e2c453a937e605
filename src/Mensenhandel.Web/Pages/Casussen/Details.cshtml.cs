using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Mensenhandel.Web.Pages.Casussen;

/// <summary>
/// A casus: facts, timeline, meldingen, referrals and shelter, and the coordinator's actions on it. The
/// responsible municipality and funding disputes have their own page (<see cref="GemeenteModel"/>): their
/// lists of every municipality made up two thirds of this page, which coordinators open many times a day.
/// </summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class DetailsModel(AppDbContext db, RecordAccess access, AuditTrail audit, TimeProvider clock, FundingDisputePolicy disputes,
    Melden.ReportFormChoicesCache choices, IMemoryCache cache) : CasePageModel(db, access, audit, clock, disputes, choices, cache)
{
    [BindProperty] public CaseStatus? NewStatus { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public ReferralInput Referral { get; set; } = new();
    [BindProperty] public Guid? ShelterOrganisationId { get; set; }
    [BindProperty] public DateOnly? ShelterStart { get; set; }
    [BindProperty] public Guid? PlacementId { get; set; }
    [BindProperty] public DateOnly? ShelterEnd { get; set; }
    [BindProperty] public string? AssignTo { get; set; }
    [BindProperty] public List<Domain.Reports.ExploitationForm> Forms { get; set; } = [];
    [BindProperty] public DateOnly? ReflectionStart { get; set; }
    [BindProperty] public Guid? ReferralId { get; set; }

    public sealed class ReferralInput
    {
        public ReferralKind? Kind { get; set; }
        public Guid? RecipientOrganisationId { get; set; }
        public bool SharesIdentity { get; set; }
        public LegalGround LegalGround { get; set; }
        public string? Request { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForViewAsync(id, cancellationToken)) return NotFound();
        Forms = [.. Case.Forms.Select(f => f.Form)];
        await Audit.WriteAsync(AuditAction.Viewed, "Casus", id);
        return Page();
    }

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        if (string.IsNullOrEmpty(AssignTo) || !await Db.CoordinatorsOf(casus.RegionId).AnyAsync(u => u.Id == AssignTo, ct))
            throw new DomainRuleException("Kies een zorgcoördinator van deze regio.");
        casus.AssignTo(AssignTo, me, now);
        return "toegewezen";
    }, "De casus is toegewezen.", ct);

    public Task<IActionResult> OnPostFormsAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        casus.ChangeForms(Forms, me, now);
        return Task.FromResult($"vormen {string.Join(",", Forms)}");
    }, "De vormen van uitbuiting zijn gewijzigd.", ct);

    public Task<IActionResult> OnPostReflectionAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        if (ReflectionStart is not { } start) throw new DomainRuleException("Vul de begindatum van de bedenktijd in.");
        casus.StartReflectionPeriod(start, me, now);
        return Task.FromResult("bedenktijd gestart");
    }, "De bedenktijd is vastgelegd.", ct);

    public Task<IActionResult> OnPostCompleteReferralAsync(Guid id, CancellationToken ct) =>
        ActOnReferralAsync(id, (referral, casus, me, now) => referral.Complete(casus, me, now), "afgerond", "De verwijzing is afgerond.", ct);

    public Task<IActionResult> OnPostRevokeReferralAsync(Guid id, CancellationToken ct) =>
        ActOnReferralAsync(id, (referral, casus, me, now) => referral.Revoke(casus, me, now), "ingetrokken", "De verwijzing is ingetrokken.", ct);

    private Task<IActionResult> ActOnReferralAsync(Guid id, Action<Domain.Cases.Referral, Case, string, DateTimeOffset> change, string what, string notice, CancellationToken ct) =>
        ActAsync(id, async (casus, me, now) =>
        {
            var referral = await Db.Referrals.SingleOrDefaultAsync(r => r.Id == ReferralId && r.CaseId == casus.Id, ct)
                ?? throw new DomainRuleException("Deze verwijzing hoort niet bij deze casus.");
            change(referral, casus, me, now);
            AfterSave(() => Audit.WriteAsync(AuditAction.Changed, "Verwijzing", referral.Id, detail: what));
            return $"verwijzing {what}";
        }, notice, ct);

    public Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        if (NewStatus is not { } status) throw new DomainRuleException("Kies de nieuwe status.");
        casus.MoveTo(status, me, now, Reason);
        return Task.FromResult($"status {status}");
    }, "De status is gewijzigd.", ct);

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        casus.AddNote(Note ?? "", me, now);
        return Task.FromResult("notitie");
    }, "De notitie is toegevoegd.", ct);

    public Task<IActionResult> OnPostReferAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        if (Referral.Kind is not { } kind) throw new DomainRuleException("Kies naar wie u verwijst.");
        await RequireFittingRecipientAsync(kind, Referral.RecipientOrganisationId, ct);
        var referral = Domain.Cases.Referral.Send(casus, kind, Referral.RecipientOrganisationId, Referral.SharesIdentity,
            Referral.LegalGround, Referral.Request ?? "", me, now);
        Db.Referrals.Add(referral);
        AfterSave(() => Audit.WriteAsync(AuditAction.Referred, "Verwijzing", referral.Id,
            detail: $"casus {casus.Id}, {kind}, identiteit {(referral.SharesIdentity ? "gedeeld: " + referral.LegalGround : "niet gedeeld")}"));
        return $"verwijzing {kind}";
    }, "De verwijzing is verstuurd.", ct);

    public Task<IActionResult> OnPostStartShelterAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        if (ShelterOrganisationId is not { } organisationId
            || !await Db.Organisations.AnyAsync(o => o.Id == organisationId && o.Type == OrganisationType.CareProvider && o.IsActive, ct))
            throw new DomainRuleException("Kies de opvangorganisatie uit de lijst.");
        if (ShelterStart is not { } start) throw new DomainRuleException("Vul de begindatum van de opvang in.");
        casus.StartShelter(organisationId, start, me, now);
        return "opvang gestart";
    }, "De opvang is vastgelegd.", ct);

    public Task<IActionResult> OnPostEndShelterAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        if (PlacementId is not { } placementId || ShelterEnd is not { } end) throw new DomainRuleException("Vul de einddatum van de opvang in.");
        casus.EndShelter(placementId, end, me, now);
        return Task.FromResult("opvang beëindigd");
    }, "Het einde van de opvang is vastgelegd.", ct);

    private async Task RequireFittingRecipientAsync(ReferralKind kind, Guid? organisationId, CancellationToken cancellationToken)
    {
        var expected = Domain.Cases.Referral.RecipientType(kind);
        if (expected is null)
        {
            if (organisationId is not null) throw new DomainRuleException("Voor deze verwijzing kiest u geen organisatie in het portaal.");
            return;
        }
        if (organisationId is not { } id || !await Db.Organisations.AnyAsync(o => o.Id == id && o.Type == expected && o.IsActive, cancellationToken))
            throw new DomainRuleException("Kies een ontvangende organisatie die bij deze soort verwijzing past.");
    }
}
