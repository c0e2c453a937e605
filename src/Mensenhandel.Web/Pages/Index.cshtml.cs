using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
