using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Mensenhandel.Web.Pages.Beheer.Privacy;

/// <summary>The dry run of retention: which records lose their identifying data, and when. References and dates only.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class BewaartermijnenModel(RetentionPlan plan, IOptions<RetentionOptions> options, AuditTrail audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RetentionPlan.Item> Items { get; private set; } = [];
    public RetentionOptions Options => options.Value;
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Items = await plan.DueAsync(Now.AddDays(Options.DryRunHorizonDays), cancellationToken);
        await audit.WriteAsync(AuditAction.Viewed, "Bewaartermijnen", null, detail: $"{Items.Count} records");
    }
}
