using System.Globalization;
using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Beheer.Audit;

/// <summary>The audit trail, newest first, filterable, paged by id (keyset) so deep pages stay fast.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "actie")] public AuditAction? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "objectId")] public string? ObjectId { get; set; }
    [BindProperty(SupportsGet = true, Name = "gebruiker")] public string? ActorId { get; set; }
    [BindProperty(SupportsGet = true, Name = "vanaf")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "tot")] public DateOnly? Until { get; set; }
    [BindProperty(SupportsGet = true, Name = "voor")] public long? Before { get; set; }

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];
    public long? NextBefore { get; private set; }

    public static IReadOnlyList<SelectListItem> Actions { get; } =
        [.. Enum.GetValues<AuditAction>().Select(a => new SelectListItem(Labels.Of(a), a.ToString()))];

    public async Task OnGetAsync()
    {
        var query = db.AuditEvents.AsNoTracking().AsQueryable();
        if (Action is { } action) query = query.Where(e => e.Action == action);
        if (!string.IsNullOrWhiteSpace(ObjectId)) query = query.Where(e => e.ObjectId == ObjectId.Trim());
        if (!string.IsNullOrWhiteSpace(ActorId)) query = query.Where(e => e.ActorId == ActorId.Trim());
        if (From is { } from) query = query.Where(e => e.OccurredAt >= new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        if (Until is { } until) query = query.Where(e => e.OccurredAt < new DateTimeOffset(until.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        if (Before is { } before) query = query.Where(e => e.Id < before);

        var page = await query.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync();
        NextBefore = page.Count > PageSize ? page[PageSize - 1].Id : null;
        Events = page.Take(PageSize).ToList();
    }

    public string NextPageUrl() =>
        Url.Page("Index", new
        {
            actie = Action?.ToString(), objectId = ObjectId, gebruiker = ActorId,
            vanaf = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            tot = Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), voor = NextBefore,
        }) ?? "";
}
