using Mensenhandel.Data;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Melden;

/// <summary>
/// Reference + follow-up code → the coarse status, nothing else. A wrong reference and a wrong code answer
/// the same, and attempts are rate-limited per client (policy <see cref="PortalRateLimits.StatusChecks"/>).
/// </summary>
[LimitPosts(PortalRateLimits.StatusChecks)]
public sealed class StatusModel(AppDbContext db, ILogger<StatusModel> logger) : PageModel, IKeepsInputWhenRateLimited
{
    public const string NoMatch = "De combinatie van meldingsnummer en vervolgcode is niet bekend. Controleer beide en probeer het opnieuw.";

    [BindProperty]
    public StatusInput Input { get; set; } = new();

    public string? Status { get; private set; }
    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var reference = ReportReference.Normalise(Input.Reference);
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(Input.Reference)) errors.Add(new(nameof(Input.Reference), "Vul het meldingsnummer in, bijvoorbeeld MH-2026-000123."));
        else if (reference is null) errors.Add(new(nameof(Input.Reference), "Een meldingsnummer ziet eruit als MH-2026-000123."));
        if (string.IsNullOrWhiteSpace(Input.Code)) errors.Add(new(nameof(Input.Code), "Vul de vervolgcode in die u na het melden kreeg."));
        if (errors.Count == 0)
        {
            var found = await db.Reports.AsNoTracking()
                .Where(r => r.Reference == reference)
                .Select(r => new { r.Id, r.FollowUpCodeHash, r.Status })
                .SingleOrDefaultAsync(cancellationToken);
            // Always compare, also when the reference is unknown, so both answers take the same time.
            var matches = FollowUpCode.Matches(Input.Code, found?.FollowUpCodeHash ?? new string('f', 64)) && found is not null;
            if (matches)
            {
                Status = Labels.Of(found!.Status);
                logger.LogInformation("Status of report {ReportId} looked up", found.Id);
                Input = new StatusInput();
                return Page();
            }
            logger.LogInformation("Status lookup refused: reference and code do not match");
            errors.Add(new(nameof(Input.Code), NoMatch));
        }
        Errors = errors;
        Input.Code = null; // never echo a secret back into the page
        return Page();
    }

    /// <summary>Too many tries from this address: the reference stays filled in, the code is never echoed back.</summary>
    public Task<IActionResult> ShowRefusedAsync(TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        Errors = [FormError.ForForm($"Vanaf dit adres is in korte tijd te vaak een status opgevraagd. Wacht {PortalRateLimits.WaitText(retryAfter)} en probeer het dan opnieuw.")];
        Input.Code = null;
        return Task.FromResult<IActionResult>(Page());
    }

    public FormError? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field);

    public sealed class StatusInput
    {
        public string? Reference { get; set; }
        public string? Code { get; set; }
    }
}
