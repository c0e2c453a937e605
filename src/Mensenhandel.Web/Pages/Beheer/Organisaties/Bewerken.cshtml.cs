using System.ComponentModel.DataAnnotations;
using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Mensenhandel.Web.Pages.Beheer.Organisaties;

[Authorize(Policy = Policies.Administration)]
public sealed class BewerkenModel(AppDbContext db, ReferenceLists lists, AuditTrail audit, IMemoryCache cache) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool IsNew { get; private set; } = true;
    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];
    public IReadOnlyList<SelectListItem> PoliceUnits { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de naam van de organisatie in.")]
        [StringLength(120, MinimumLength = 2, ErrorMessage = "De naam moet tussen 2 en 120 tekens lang zijn.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Kies de soort organisatie.")]
        public OrganisationType? Type { get; set; }

        public string? RegionId { get; set; }
        public string? MunicipalityCode { get; set; }
        public string? PoliceUnitId { get; set; }
        public bool IsActive { get; set; } = true;
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existingId)
        {
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == existingId);
            if (organisation is null) return NotFound();
            IsNew = false;
            Input = new InputModel
            {
                Name = organisation.Name, Type = organisation.Type, RegionId = organisation.RegionId,
                MunicipalityCode = organisation.MunicipalityCode, PoliceUnitId = organisation.PoliceUnitId,
                IsActive = organisation.IsActive, Version = organisation.Version,
            };
        }
        await LoadListsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Organisation? organisation = null;
        if (id is { } existingId)
        {
            organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == existingId);
            if (organisation is null) return NotFound();
            IsNew = false;
        }
        await ValidateReferencesAsync();
        if (!ModelState.IsValid)
        {
            await LoadListsAsync();
            return Page();
        }

        try
        {
            var type = organisation?.Type ?? Input.Type!.Value;
            var regionId = type == OrganisationType.National ? null : Input.RegionId;
            var municipality = type == OrganisationType.Municipality ? Input.MunicipalityCode : null;
            var policeUnit = type == OrganisationType.Police ? Input.PoliceUnitId : null;
            if (organisation is null)
            {
                organisation = new Organisation(Guid.NewGuid(), Input.Name, type, regionId, municipality, policeUnit);
                db.Organisations.Add(organisation);
            }
            else
            {
                db.Entry(organisation).Property(o => o.Version).OriginalValue = Input.Version;
                organisation.Rename(Input.Name);
                organisation.Place(regionId, municipality, policeUnit);
                if (Input.IsActive) organisation.Activate(); else organisation.Deactivate();
            }
            await db.SaveChangesAsync();
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError("", ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Deze organisatie is intussen door iemand anders gewijzigd. Laad de pagina opnieuw en voer uw wijziging nogmaals in.");
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Name", "Er bestaat al een organisatie met deze naam.");
        }
        if (!ModelState.IsValid)
        {
            await LoadListsAsync();
            return Page();
        }

        cache.Remove(Casussen.CaseView.OrganisationsCacheKey);
        await audit.WriteAsync(IsNew ? AuditAction.OrganisationCreated : AuditAction.OrganisationChanged, "Organisatie", organisation!.Id);
        TempData["Notice"] = IsNew ? $"Organisatie {organisation.Name} is aangemaakt." : $"Organisatie {organisation.Name} is gewijzigd.";
        return RedirectToPage("Index");
    }

    private async Task ValidateReferencesAsync()
    {
        if (Input.RegionId is not null && !await db.Regions.AnyAsync(r => r.Id == Input.RegionId))
            ModelState.AddModelError("Input.RegionId", "Kies een regio uit de lijst.");
        if (Input.MunicipalityCode is not null && !await db.Municipalities.AnyAsync(m => m.Code == Input.MunicipalityCode))
            ModelState.AddModelError("Input.MunicipalityCode", "Kies een gemeente uit de lijst.");
        if (Input.PoliceUnitId is not null && !await db.PoliceUnits.AnyAsync(p => p.Id == Input.PoliceUnitId))
            ModelState.AddModelError("Input.PoliceUnitId", "Kies een politie-eenheid uit de lijst.");
    }

    private async Task LoadListsAsync()
    {
        Regions = await lists.RegionsAsync();
        Municipalities = await lists.MunicipalitiesAsync();
        PoliceUnits = await lists.PoliceUnitsAsync();
    }
}
