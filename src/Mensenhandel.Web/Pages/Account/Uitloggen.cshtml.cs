using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>Logout ends the server-side session (the cookie is worthless afterwards) and clears the browser's data.</summary>
[Authorize(Policy = Policies.Enrolment)]
public sealed class UitloggenModel(SignInManager<ApplicationUser> signIn, AuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.GetUserId();
        await signIn.SignOutAsync();
        await audit.WriteAsync(AuditAction.Logout, "Gebruiker", userId, actorId: userId);
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        TempData.Clear();
        return RedirectToPage("Uitgelogd");
    }
}
