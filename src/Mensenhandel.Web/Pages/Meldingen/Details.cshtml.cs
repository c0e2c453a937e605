using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Meldingen;

/// <summary>One melding, for the zorgcoördinator of its region. Every read is audited; anything else is a 404.</summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class DetailsModel(AppDbContext db, IAuthorizationService authorization, AuditTrail audit) : PageModel
{
    public Report Report { get; private set; } = null!;
    public string? MunicipalityName { get; private set; }
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().Include(r => r.Forms).Include(r => r.Indicators)
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null || !(await authorization.AuthorizeAsync(User, report, ReportOperations.Read)).Succeeded)
        {
            await audit.WriteAsync(AuditAction.AccessDenied, "Melding", id, AuditResult.Denied);
            return NotFound();
        }

        Report = report;
        MunicipalityName = report.MunicipalityCode is null ? null
            : await db.Municipalities.Where(m => m.Code == report.MunicipalityCode).Select(m => m.Name).SingleOrDefaultAsync(cancellationToken);
        var codes = report.Indicators.Select(i => i.IndicatorCode).ToList();
        Indicators = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.Viewed, "Melding", id);
        return Page();
    }
}
