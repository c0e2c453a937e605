using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>
/// "Blijf ingelogd": any authenticated request renews the idle timer (the session store records it);
/// this one exists so the warning can do that without leaving the page. Without JavaScript it is a plain form.
/// </summary>
public sealed class SessieVerlengenModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Overzicht");

    public IActionResult OnPost([FromForm(Name = "terug")] string? returnUrl)
    {
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
            return new JsonResult(new { verlengd = true });
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/overzicht");
    }
}
