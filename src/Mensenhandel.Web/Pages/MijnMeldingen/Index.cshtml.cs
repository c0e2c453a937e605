using Mensenhandel.Data;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.MijnMeldingen;

/// <summary>A signaleerder's own meldingen: reference, date and the coarse status, nothing of the handling.</summary>
[Authorize(Policy = Policies.Reporter)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Reference, DateTimeOffset SubmittedAt, ReportStatus Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Reports.AsNoTracking()
            .VisibleTo(PortalUser.From(User), ReportOperations.ReadStatus)
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => new Row(r.Reference, r.SubmittedAt, r.Status))
            .Take(200)
            .ToListAsync(cancellationToken);
}
