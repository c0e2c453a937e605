using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>Recovery codes: shown once, right after they are made; new ones replace all old ones.</summary>
public sealed class HerstelcodesModel(UserManager<ApplicationUser> users, AuditTrail audit) : PageModel
{
    public const string NewCodesKey = "Herstelcodes";

    public IReadOnlyList<string> Codes { get; private set; } = [];
    public int Remaining { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return NotFound();
        Codes = TempData[NewCodesKey] is string codes ? codes.Split(' ') : [];
        Remaining = await users.CountRecoveryCodesAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return NotFound();
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await audit.WriteAsync(AuditAction.RecoveryCodesGenerated, "Gebruiker", user.Id);
        TempData[NewCodesKey] = string.Join(' ', codes);
        return RedirectToPage();
    }
}
