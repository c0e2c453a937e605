using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Beheer.Audit;

/// <summary>Verifies the hash chain on request and reports the first broken link.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class ControleModel(AuditVerifier verifier, AuditTrail audit) : PageModel
{
    public AuditVerification? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Result = await verifier.VerifyAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.AuditVerified, "Auditspoor", null,
            Result.IsIntact ? AuditResult.Success : AuditResult.Failure,
            Result.IsIntact ? null : $"eerste breuk bij #{Result.FirstBreak!.EventId}");
        return Page();
    }
}
