using Mensenhandel.Data;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Verwijzingen;

/// <summary>Referrals addressed to the user's own organisation (politie unit or zorgpartner), newest first.</summary>
[Authorize(Policy = Policies.Partner)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, ReferralKind Kind, DateTimeOffset SentAt, ReferralStatus Status, ReferralFeedback? LatestFeedback);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Referrals.AsNoTracking().VisibleTo(PortalUser.From(User), ReferralOperations.Read)
            .OrderByDescending(r => r.SentAt).Take(200)
            .Select(r => new Row(r.Id, r.Kind, r.SentAt, r.Status, r.LatestFeedback)).ToListAsync(cancellationToken);
}
