using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Mensenhandel.Web.Pages.Casussen;

/// <summary>
/// The municipality responsible for a casus (proposed from where the meldingen place the person) and the funding
/// disputes about it: decided once or rarely, each a choice among all municipalities, so on a page of their own
/// rather than on the casus page.
/// </summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class GemeenteModel(AppDbContext db, RecordAccess access, AuditTrail audit, TimeProvider clock, FundingDisputePolicy disputes,
    Melden.ReportFormChoicesCache choices, IMemoryCache cache) : CasePageModel(db, access, audit, clock, disputes, choices, cache)
{
    [BindProperty] public ResponsibilityInput Responsibility { get; set; } = new();
    [BindProperty] public DisputeInput Dispute { get; set; } = new();

    public sealed class ResponsibilityInput
    {
        public string? MunicipalityCode { get; set; }
        public ResponsibilityBasis? Basis { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class DisputeInput
    {
        public List<string> MunicipalityCodes { get; set; } = [];
        public string? Note { get; set; }
        public Guid? DisputeId { get; set; }
        public string? PayingMunicipalityCode { get; set; }
    }

    /// <summary>The grounds a responsible municipality can rest on, as the form offers them.</summary>
    public static IReadOnlyList<SelectListItem> Bases { get; } =
    [
        new("Vindplaats volgens de melding", nameof(ResponsibilityBasis.PlaceFound)),
        new("Inschrijving in de BRP", nameof(ResponsibilityBasis.RegisteredAddress)),
        new("Anders (met reden)", nameof(ResponsibilityBasis.Override)),
    ];

    /// <summary>The ground in a sentence: "vindplaats volgens de melding".</summary>
    private static string DutchName(ResponsibilityBasis basis) => Bases.First(b => b.Value == basis.ToString()).Text.ToLowerInvariant();

    /// <summary>"Alkmaar (anders (met reden): woont feitelijk daar)", as both pages show it; null while none is recorded.</summary>
    public static string? Describe(Case casus, CaseView view)
    {
        ArgumentNullException.ThrowIfNull(casus);
        ArgumentNullException.ThrowIfNull(view);
        if (casus.ResponsibleMunicipalityCode is not { } code) return null;
        var why = casus.ResponsibilityReason is { } reason ? ": " + reason : "";
        return view.MunicipalityName(code) + (casus.ResponsibilityBasis is { } basis ? $" ({DutchName(basis)}{why})" : "");
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadForViewAsync(id, cancellationToken)) return NotFound();
        Responsibility.MunicipalityCode = Case.ResponsibleMunicipalityCode ?? (View.PlacesFound.Count > 0 ? View.PlacesFound[0] : null);
        Responsibility.Basis = Case.ResponsibilityBasis;
        Responsibility.Reason = Case.ResponsibilityReason;
        await Audit.WriteAsync(AuditAction.Viewed, "Casus", id, detail: "verantwoordelijke gemeente");
        return Page();
    }

    public Task<IActionResult> OnPostResponsibilityAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        if (Responsibility.Basis is not { } basis) throw new DomainRuleException("Kies waarop de keuze van de gemeente berust.");
        var code = await RequireMunicipalityAsync(Responsibility.MunicipalityCode, "Kies de verantwoordelijke gemeente uit de lijst.", ct);
        casus.SetResponsibleMunicipality(code, basis, Responsibility.Reason, me, now, View.PlacesFound.ToList());
        return $"verantwoordelijke gemeente {code} ({basis})";
    }, "De verantwoordelijke gemeente is vastgelegd.", ct);

    public Task<IActionResult> OnPostOpenDisputeAsync(Guid id, CancellationToken ct) => ActAsync(id, async (casus, me, now) =>
    {
        var codes = new List<string>();
        foreach (var typed in Dispute.MunicipalityCodes.Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal))
            codes.Add(await RequireMunicipalityAsync(typed, "Kies de gemeenten van het geschil uit de lijst.", ct));
        casus.OpenFundingDispute(codes, Dispute.Note, me, now);
        return $"financieringsgeschil {string.Join(",", codes)}";
    }, "Het financieringsgeschil is vastgelegd.", ct);

    public Task<IActionResult> OnPostResolveDisputeAsync(Guid id, CancellationToken ct) => ActAsync(id, (casus, me, now) =>
    {
        if (Dispute.DisputeId is not { } disputeId || string.IsNullOrEmpty(Dispute.PayingMunicipalityCode))
            throw new DomainRuleException("Kies de gemeente die betaalt.");
        casus.ResolveFundingDispute(disputeId, Dispute.PayingMunicipalityCode, me, now);
        return Task.FromResult($"geschil opgelost: {Dispute.PayingMunicipalityCode}");
    }, "Het financieringsgeschil is opgelost.", ct);

    private async Task<string> RequireMunicipalityAsync(string? code, string message, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(code) && await Db.Municipalities.AnyAsync(m => m.Code == code, cancellationToken) ? code : throw new DomainRuleException(message);
}
