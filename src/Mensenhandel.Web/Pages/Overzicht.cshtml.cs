using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages;

/// <summary>The start page after signing in: what this role does here, and where to go.</summary>
public sealed class OverzichtModel : PageModel
{
    public PortalUser Me { get; private set; } = null!;
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<(string Href, string Text)> Tasks { get; private set; } = [];

    public IActionResult OnGet()
    {
        var me = PortalUser.From(User);
        if (me is null) return NotFound();
        Me = me;
        OrganisationName = User.FindFirst("mh:orgname")?.Value ?? "";
        Tasks = Navigation.For(me.Role);
        return Page();
    }
}

/// <summary>The pages each role works with; the header menu and the start page both show these.</summary>
public static class Navigation
{
    public static IReadOnlyList<(string Href, string Text)> For(string role) => role switch
    {
        Role.Administrator => [("/beheer/gebruikers", "Gebruikers"), ("/beheer/organisaties", "Organisaties"), ("/beheer/audit", "Auditspoor")],
        Role.Reporter => [("/melden", "Melding doen"), ("/mijn-meldingen", "Mijn meldingen")],
        Role.CareCoordinator or Role.National => [("/meldingen", "Meldingen"), ("/casussen", "Casussen"), ("/dashboard", "Dashboard")],
        Role.DesignatedOfficer => [("/gemeente", "Casussen van de gemeente"), ("/gemeente/basisniveau", "Bestuurlijk basisniveau"), ("/dashboard", "Dashboard")],
        Role.Police or Role.CarePartner => [("/verwijzingen", "Verwijzingen")],
        _ => [],
    };
}
