using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Melden;

public sealed class OntvangenModel(TimeProvider clock) : PageModel
{
    public Receipt? Receipt { get; private set; }

    public void OnGet() => Receipt = Receipt.Read(TempData, clock.GetUtcNow());
}
