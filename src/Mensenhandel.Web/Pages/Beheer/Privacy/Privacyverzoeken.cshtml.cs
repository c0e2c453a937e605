using System.Text.Json;
using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Privacy;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Mensenhandel.Web.Pages.Beheer.Privacy;

/// <summary>
/// Data-subject requests by reference: inzage (a readable export and JSON) and verwijdering (erasure, where
/// the law allows), each decision recorded (ground, who, when) and audited. The one place where the beheerder
/// reads case content, on a request of the person concerned.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class PrivacyverzoekenModel(DataSubjectExport exporter, Pseudonymiser pseudonymiser, AppDbContext db, AuditTrail audit,
    TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [BindProperty(SupportsGet = true, Name = "referentie")] public string? Reference { get; set; }
    [BindProperty] public PrivacyGround? Ground { get; set; }
    [TempData] public string? Notice { get; set; }
    public DataSubjectExport.Export? Export { get; private set; }
    public bool Searched { get; private set; }

    public static IEnumerable<SelectListItem> ErasureGrounds =>
    [
        new("Toekennen: niet meer nodig voor het doel (art. 17 lid 1a)", nameof(PrivacyGround.NoLongerNecessary)),
        new("Toekennen: toestemming ingetrokken (art. 17 lid 1b)", nameof(PrivacyGround.ConsentWithdrawn)),
        new("Toekennen: onrechtmatig verwerkt (art. 17 lid 1d)", nameof(PrivacyGround.UnlawfulProcessing)),
        new("Weigeren: lopende hulpverlening of wettelijke plicht (art. 17 lid 3)", nameof(PrivacyGround.RefusedOngoingCareOrLegalObligation)),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Reference)) return Page();
        Searched = true;
        if (!await LoadAsync(cancellationToken)) return Page();
        await RecordAccessAsync("inzage (pagina)", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Reference) || !await LoadAsync(cancellationToken)) return NotFound();
        await RecordAccessAsync("inzage (JSON)", cancellationToken);
        var json = JsonSerializer.SerializeToUtf8Bytes(Export, Indented);
        return File(json, "application/json", $"inzage-{Export!.Reference}.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        Searched = true;
        if (string.IsNullOrWhiteSpace(Reference) || !await LoadAsync(cancellationToken)) return Page();
        try
        {
            if (Ground is not { } ground || ground == PrivacyGround.RightOfAccess)
                throw new DomainRuleException("Kies het besluit en de grondslag.");
            var granted = ground != PrivacyGround.RefusedOngoingCareOrLegalObligation;
            if (granted && Export!.CaseIsOpen)
                throw new DomainRuleException("De casus loopt nog: gegevens die nodig zijn voor de hulpverlening kunnen niet worden gewist. Sluit de casus eerst af, of weiger het verzoek.");
            var me = User.GetUserId()!;
            db.PrivacyDecisions.Add(new PrivacyDecision(Export!.Reference, PrivacyRequestKind.Erasure, ground, granted, me, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync(AuditAction.PrivacyRequestDecided, "Privacyverzoek", Export.Reference,
                granted ? AuditResult.Success : AuditResult.Denied, $"verwijdering {(granted ? "toegekend" : "geweigerd")}: {ground}");
            if (granted)
            {
                if (Export.CaseId is { } caseId)
                    await pseudonymiser.CaseAsync(caseId, $"verwijderverzoek {Export.Reference}", me, cancellationToken);
                else
                    foreach (var reportId in Export.ReportIds)
                        await pseudonymiser.ReportAsync(reportId, $"verwijderverzoek {Export.Reference}", me, cancellationToken);
                await audit.WriteAsync(AuditAction.Erased, "Privacyverzoek", Export.Reference);
            }
            Notice = granted ? "Het verzoek is toegekend: de identificerende gegevens en vrije tekst zijn verwijderd." : "Het verzoek is geweigerd; het besluit is vastgelegd.";
            return RedirectToPage(new { referentie = Export.Reference });
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(nameof(Ground), ex.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var reference = Reference!.Trim();
        if (reference.Length > 20) return false;
        Export = await exporter.ForReferenceAsync(reference, clock.GetUtcNow(), cancellationToken);
        return Export is not null;
    }

    private async Task RecordAccessAsync(string detail, CancellationToken cancellationToken)
    {
        db.PrivacyDecisions.Add(new PrivacyDecision(Export!.Reference, PrivacyRequestKind.Access, PrivacyGround.RightOfAccess, true,
            User.GetUserId()!, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.Exported, "Privacyverzoek", Export.Reference, detail: detail);
    }
}
