using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Municipalities;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Gemeente;

/// <summary>
/// The municipality's own policy baseline (bestuurlijk basisniveau), editable by its aandachtsfunctionaris.
/// Every save is a new version; the history stays. The version the form was loaded with travels along, so a
/// colleague's save in between is reported instead of overwritten.
/// </summary>
[Authorize(Policy = Policies.Municipality)]
public sealed class BasisniveauModel(AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    public sealed class BaselineInput
    {
        public bool DesignatedOfficerAppointed { get; set; }
        public bool InternalReportingRoute { get; set; }
        public bool CareCoordinationArranged { get; set; }
        public DateOnly? StaffTrainedOn { get; set; }
        public bool AwarenessActivities { get; set; }
        public DateOnly? PolicyPlanAdoptedOn { get; set; }
    }

    [BindProperty] public BaselineInput Input { get; set; } = new();

    /// <summary>The version number the form was loaded with (0: none yet).</summary>
    [BindProperty] public int BasedOn { get; set; }

    public IReadOnlyList<PolicyBaselineVersion> History { get; private set; } = [];
    public string MunicipalityName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var code = Code();
        await LoadAsync(code, cancellationToken);
        if (History.Count > 0)
        {
            var latest = History[0];
            BasedOn = latest.Number;
            Input = new BaselineInput
            {
                DesignatedOfficerAppointed = latest.DesignatedOfficerAppointed, InternalReportingRoute = latest.InternalReportingRoute,
                CareCoordinationArranged = latest.CareCoordinationArranged, StaffTrainedOn = latest.StaffTrainedOn,
                AwarenessActivities = latest.AwarenessActivities, PolicyPlanAdoptedOn = latest.PolicyPlanAdoptedOn,
            };
        }
        await audit.WriteAsync(AuditAction.Viewed, "Basisniveau", code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var code = Code();
        // Bad dates are binding errors: say so in Dutch, keep the rest of the input.
        foreach (var field in new[] { $"{nameof(Input)}.{nameof(BaselineInput.StaffTrainedOn)}", $"{nameof(Input)}.{nameof(BaselineInput.PolicyPlanAdoptedOn)}" })
        {
            if (ModelState[field] is { Errors.Count: > 0 } entry)
            {
                entry.Errors.Clear();
                ModelState.AddModelError(field, "Vul een geldige datum in, of laat het veld leeg.");
            }
        }
        if (ModelState.IsValid)
        {
            var latest = await db.PolicyBaselineVersions.Where(v => v.MunicipalityCode == code).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
            if (latest != BasedOn)
            {
                ModelState.AddModelError("", "Een collega heeft het basisniveau intussen opgeslagen. Uw invoer staat hieronder nog; bekijk de geschiedenis en sla opnieuw op.");
                BasedOn = latest;
            }
            else
            {
                try
                {
                    var version = PolicyBaselineVersion.Record(code, BasedOn, new PolicyBaselineAnswers(
                        Input.DesignatedOfficerAppointed, Input.InternalReportingRoute, Input.CareCoordinationArranged,
                        Input.StaffTrainedOn, Input.AwarenessActivities, Input.PolicyPlanAdoptedOn), User.GetUserId()!, clock.GetUtcNow());
                    db.PolicyBaselineVersions.Add(version);
                    await db.SaveChangesAsync(cancellationToken);
                    await audit.WriteAsync(AuditAction.Changed, "Basisniveau", code, detail: $"versie {version.Number}");
                    TempData["Notice"] = "Het basisniveau is opgeslagen.";
                    return RedirectToPage();
                }
                catch (DomainRuleException ex)
                {
                    ModelState.AddModelError("", ex.Message);
                }
                catch (DbUpdateException)
                {
                    // The unique (municipality, number) index: someone saved the same version number first.
                    db.ChangeTracker.Clear();
                    ModelState.AddModelError("", "Een collega heeft het basisniveau intussen opgeslagen. Uw invoer staat hieronder nog; bekijk de geschiedenis en sla opnieuw op.");
                    BasedOn = await db.PolicyBaselineVersions.Where(v => v.MunicipalityCode == code).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
                }
            }
        }
        await LoadAsync(code, cancellationToken);
        return Page();
    }

    private string Code() => PortalUser.From(User)?.MunicipalityCode
        ?? throw new InvalidOperationException("An aandachtsfunctionaris belongs to a gemeente with a municipality code.");

    private async Task LoadAsync(string code, CancellationToken cancellationToken)
    {
        History = await db.PolicyBaselineVersions.AsNoTracking().Where(v => v.MunicipalityCode == code)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        MunicipalityName = await db.Municipalities.Where(m => m.Code == code).Select(m => m.Name).SingleAsync(cancellationToken);
    }
}
