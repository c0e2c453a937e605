using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Fout;

/// <summary>
/// The Dutch error page for every status code (re-executed as a GET by the status-code and exception middleware, see ErrorPages).
/// Shows a kenmerk (correlation id) that support can find in the log, never exception details.
/// </summary>
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string CorrelationId { get; private set; } = "";

    public void OnGet([FromRoute] int? code)
    {
        Code = code is >= 400 and <= 599 ? code.Value : 500;
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { OriginalStatusCode: >= 400 and <= 599 } reExecute)
        {
            // The status itself, not the route value: binding the route fails when the failed request's form
            // cannot be read (e.g. %00 in a form, which the form reader refuses before antiforgery answers 400).
            Code = reExecute.OriginalStatusCode;
        }
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            // Requested directly (/fout/404): answer with the status it describes.
            Response.StatusCode = Code;
        }
        CorrelationId = HttpContext.TraceIdentifier;
        (Title, Explanation) = Code switch
        {
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet (meer), of u hebt er geen toegang toe. Controleer het adres."),
            400 => ("Verzoek niet verwerkt", "Uw verzoek kon niet worden verwerkt. Ververs de pagina en probeer het opnieuw."),
            403 => ("Geen toegang", "U hebt geen toegang tot deze pagina."),
            405 => ("Niet toegestaan", "Deze handeling is op deze pagina niet toegestaan."),
            413 => ("Te veel gegevens", "U hebt meer gegevens verstuurd dan het portaal aanneemt. Maak uw tekst korter en probeer het opnieuw."),
            429 => ("Even geduld", "U hebt in korte tijd te veel verzoeken gedaan. Wacht even en probeer het dan opnieuw."),
            _ when Code >= 500 => ("Er ging iets mis", "Door een fout aan onze kant kon de pagina niet worden getoond. Probeer het later opnieuw. Uw gegevens zijn niet verloren gegaan als u een bevestiging hebt gezien."),
            _ => ("Er ging iets mis", "Uw verzoek kon niet worden verwerkt."),
        };
    }
}
