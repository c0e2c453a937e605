using Mensenhandel.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>
/// The sign-in pages' answer to a POST refused by the rate limit: the same page, with what was typed (as after a
/// validation error: a password field is never rendered back) and a message to wait. Nothing is checked or stored.
/// </summary>
public abstract class RateLimitedAccountPage : PageModel, IKeepsInputWhenRateLimited
{
    public Task<IActionResult> ShowRefusedAsync(TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", $"Vanaf dit adres is in korte tijd te vaak geprobeerd in te loggen. Wacht {PortalRateLimits.WaitText(retryAfter)} en probeer het dan opnieuw.");
        return Task.FromResult<IActionResult>(Page());
    }
}
