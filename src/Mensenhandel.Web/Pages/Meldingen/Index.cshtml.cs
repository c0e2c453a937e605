using System.Data.Common;
using Mensenhandel.Data;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Meldingen;

/// <summary>
/// The triage queue: the meldingen of the coordinator's region (the national queue for Landelijk). By default
/// everything awaiting triage comes first, most urgent deadline first, then the rest newest first. Each half
/// is read in the order of its own index, so a deep page costs no sort of the whole region.
/// </summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CachedCounts counts, BacklogCounts backlogs, Melden.ReportFormChoicesCache choices)
    : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Reference, DateTimeOffset SubmittedAt, string? MunicipalityCode, bool Acute, bool PossiblyMinor,
        ReportStatus Status, DateTimeOffset DueAt, bool Overdue);

    public static IReadOnlyList<(string Value, string Label)> SortOrders { get; } =
        [("urgentie", "Eerst te beoordelen, op termijn"), ("nieuwste", "Nieuwste eerst"), ("oudste", "Oudste eerst")];

    [BindProperty(SupportsGet = true, Name = "status")] public ReportStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "vorm")] public ExploitationForm? Form { get; set; }
    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? MunicipalityCode { get; set; }
    [BindProperty(SupportsGet = true, Name = "acuut")] public bool OnlyAcute { get; set; }
    [BindProperty(SupportsGet = true, Name = "minderjarig")] public bool OnlyPossiblyMinor { get; set; }
    [BindProperty(SupportsGet = true, Name = "telaat")] public bool OnlyOverdue { get; set; }
    [BindProperty(SupportsGet = true, Name = "mijn")] public bool OnlyMine { get; set; }
    [BindProperty(SupportsGet = true, Name = "zoek")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "sortering")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int PageNumber { get; set; } = 1;

    public int OverdueCount { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<ReportStatus, int> Counts { get; private set; } = new Dictionary<ReportStatus, int>();
    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    /// <summary>
    /// Names of municipalities, from the cached reference list: the rows carry only the code, so a far page
    /// does not look up a name for every melding it skips.
    /// </summary>
    public Melden.ReportFormChoices Choices { get; private set; } = new();
    public int Total { get; private set; }
    public int PageCount => Pagination.PagesFor(Total, PageSize);

    /// <summary>Set when what was typed in the search box is not a reference; the list is then not filtered by it.</summary>
    public string? SearchError { get; private set; }

    public string SortOrder => SortOrders.Any(s => s.Value == Sort) ? Sort! : "urgentie";

    public string PageUrl(int page) => Url.Page("Index", new
    {
        status = Status?.ToString(), vorm = Form?.ToString(), gemeente = MunicipalityCode,
        acuut = OnlyAcute ? "true" : null, minderjarig = OnlyPossiblyMinor ? "true" : null, telaat = OnlyOverdue ? "true" : null,
        mijn = OnlyMine ? "true" : null, zoek = Search, sortering = Sort, pagina = page,
    }) ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A hand-edited URL (vorm=onzin): show the whole queue rather than an error page.
            (Status, Form, PageNumber) = (null, null, 1);
            ModelState.Clear();
        }
        var me = PortalUser.From(User)!;
        var now = clock.GetUtcNow();
        var visible = db.Reports.AsNoTracking().VisibleTo(me, ReportOperations.Read);
        var scope = $"meldingen:{me.Role}:{me.RegionId}";
        var history = await counts.GetAsync(scope, () => visible.Where(r => r.Status != ReportStatus.Received)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken), cancellationToken);
        Choices = await choices.GetAsync(db, clock, cancellationToken);
        Municipalities = me.RegionId is null ? [] :
            [.. Choices.Municipalities.Where(m => m.RegionId == me.RegionId).Select(m => new SelectListItem(m.Name, m.Code))];
        // Only a municipality of the list filters; anything else in the URL is ignored, never sent to the database.
        if (!Municipalities.Any(m => m.Value == MunicipalityCode)) MunicipalityCode = null;

        // The page costs one or two round trips to the database: the counts and the page's rows in one batch (a later
        // page's rows when they need only counts known or expected before), then the rows still missing.
        var batch = new QueryBatch(db);
        var readRow = RowReader(batch);
        // What waits now, and how much of it is overdue: one pass over the waiting index range, exact while it is
        // small; a backlog's count is reused for a moment (BacklogCounts).
        var backlog = backlogs.Recent(scope);
        var waiting = backlog is not null ? null : batch.Add(visible.Where(r => r.Status == ReportStatus.Received).GroupBy(r => 1)
            .Select(g => new { All = g.Count(), Overdue = g.Count(r => r.TriageDueAt < now) }), r => (All: r.GetInt32(0), Overdue: r.GetInt32(1)));
        (int All, int Overdue) Waiting() => backlog ?? (waiting!.Count > 0 ? waiting[0] : (0, 0));
        var filtered = Filter(visible, me, now);
        var firstPage = PageNumber <= 1;
        var halves = new List<Half>();

        if (SortOrder == "urgentie")
        {
            var awaiting = filtered.Where(r => r.Status == ReportStatus.Received);
            var rest = filtered.Where(r => r.Status != ReportStatus.Received);
            if (Status is null or ReportStatus.Received)
            {
                // Unnarrowed, the waiting half is as long as the waiting count: expected as last counted.
                halves.Add(NarrowsWaiting ? CountedIn(batch, awaiting, ByDeadline, descending: false)
                    : new Half(awaiting, ByDeadline, descending: false, () => Waiting().All, expected: backlog?.All ?? backlogs.LastWaiting(scope)));
            }
            if (Status is not ReportStatus.Received && !OnlyOverdue)
            {
                halves.Add(Search is not null || OnlyMine ? CountedIn(batch, rest, BySubmission, descending: true)
                    : Known(rest, BySubmission, descending: true, await counts.GetAsync(
                        $"{scope}:{Status}:{Form}:{MunicipalityCode}:{OnlyAcute}:{OnlyPossiblyMinor}", () => rest.CountAsync(cancellationToken), cancellationToken)));
            }
        }
        else
        {
            var newestFirst = SortOrder != "oudste";
            halves.Add(Search is not null || OnlyMine || OnlyOverdue || Status is ReportStatus.Received
                ? CountedIn(batch, filtered, BySubmission, newestFirst)
                : Known(filtered, BySubmission, newestFirst, await counts.GetAsync(
                    $"{scope}:all:{Status}:{Form}:{MunicipalityCode}:{OnlyAcute}:{OnlyPossiblyMinor}", () => filtered.CountAsync(cancellationToken), cancellationToken)));
        }
        // The first page's rows depend on no count: read the first half's with the counts. A later page's rows depend
        // on the lengths of the halves before it: when each is known or expected, they are read with the counts too,
        // and kept if every length turns out as expected (else read again below).
        var expected = !firstPage && halves.All(h => h.Expected is not null);
        if (firstPage) AddSlices(batch, [.. halves.Take(1)], offset: 0, h => h.Total(), readRow, now);
        else if (expected) AddSlices(batch, halves, Pagination.Clamp(PageNumber, halves.Sum(h => h.Expected!.Value), PageSize).Offset, h => h.Expected!.Value, readRow, now);
        await batch.ExecuteAsync(cancellationToken);

        if (backlog is null) backlogs.Counted(scope, Waiting().All, Waiting().Overdue);
        Counts = new Dictionary<ReportStatus, int>(history) { [ReportStatus.Received] = Waiting().All };
        OverdueCount = Waiting().Overdue;
        Total = halves.Sum(h => h.Total());
        var offset = ClampPage();
        // The triaged half of a first page only when the waiting ones do not fill it: after a campaign its index
        // would be walked past every fresh waiting melding before the first triaged one.
        IReadOnlyList<Half> missing = firstPage ? (halves.Count > 1 && halves[0].Rows.Count < PageSize ? [.. halves.Skip(1)] : [])
            : expected && halves.All(h => h.Expected == h.Total()) ? [] : halves;
        var later = new QueryBatch(db);
        AddSlices(later, missing, offset, h => h.Total(), readRow, now);
        await later.ExecuteAsync(cancellationToken);

        // Every half with a part on the page read it in one of the two batches.
        Rows = [.. halves.SelectMany(h => h.Rows).Take(PageSize)];
    }

    /// <summary>A half whose length is counted with the batch: known once the batch has run, expected as nothing before.</summary>
    private static Half CountedIn(QueryBatch batch, IQueryable<Domain.Reports.Report> reports,
        Func<IQueryable<Domain.Reports.Report>, bool, IOrderedQueryable<Domain.Reports.Report>> order, bool descending)
    {
        var count = batch.Add(reports.GroupBy(r => 1).Select(g => g.Count()), r => r.GetInt32(0));
        return new(reports, order, descending, () => count.Count > 0 ? count[0] : 0, expected: null);
    }

    /// <summary>A half whose length is known before the batch (a cached count).</summary>
    private static Half Known(IQueryable<Domain.Reports.Report> reports,
        Func<IQueryable<Domain.Reports.Report>, bool, IOrderedQueryable<Domain.Reports.Report>> order, bool descending, int count) =>
        new(reports, order, descending, () => count, expected: count);

    /// <summary>
    /// One part of the list in its own index order: the meldingen waiting for triage, or the rest.
    /// <paramref name="total"/> is its length, known once the first batch has run; <paramref name="expected"/> what
    /// it is expected to be before the batch, if anything.
    /// </summary>
    private sealed class Half(IQueryable<Domain.Reports.Report> reports,
        Func<IQueryable<Domain.Reports.Report>, bool, IOrderedQueryable<Domain.Reports.Report>> order, bool descending, Func<int> total,
        int? expected)
    {
        public Func<int> Total { get; } = total;
        public int? Expected { get; } = expected;

        /// <summary>This half's part of the page, in the half's order once its batch has run.</summary>
        public IReadOnlyList<Row> Rows { get; private set; } = [];

        /// <summary>Adds the rows of <paramref name="slice"/> to the batch; without one, the half keeps no rows from an earlier batch.</summary>
        public void Read(QueryBatch batch, Slice? slice, Func<DbDataReader, Row> readRow, DateTimeOffset now) => Rows = slice is { } part
            ? batch.Add(Project(InSlice(reports, order, descending, part), now), readRow)
            : [];
    }

    /// <summary>
    /// The meldingen of one slice of a half, in the half's order. Their ids come from the half's covering index
    /// alone (the entries they skip are never read from the table), as a subquery whose LIMIT and OFFSET EF writes
    /// into the SQL as numbers (a captured query's Skip and Take are inlined), so PostgreSQL plans each window for
    /// itself: 25 primary-key lookups. With the window as parameters the prepared statement's generic plan, not
    /// knowing the limit, hash-joined the region's whole index (fourth round, run G: 43 ms instead of 1 ms).
    /// <c>QueueTests</c> checks the SQL. The first page is a slice too: read in order directly, the rows of the
    /// newest-first order came from the national index on SubmittedAt, filtered to the region (some 260 buffers
    /// at 1,000,000 meldingen against 110, and more the smaller the region).
    /// </summary>
    internal static IQueryable<Domain.Reports.Report> InSlice(IQueryable<Domain.Reports.Report> reports,
        Func<IQueryable<Domain.Reports.Report>, bool, IOrderedQueryable<Domain.Reports.Report>> order, bool descending, Slice part)
    {
        var ids = order(reports, descending != part.FromEnd).Skip(part.Skip).Take(part.Take).Select(r => r.Id);
        return order(reports.Where(r => ids.Contains(r.Id)), descending);
    }

    /// <summary>The part of one half that a page shows: <see cref="Take"/> rows after <see cref="Skip"/>, counted from the half's other end when <see cref="FromEnd"/>.</summary>
    internal readonly record struct Slice(int Skip, int Take, bool FromEnd);

    /// <summary>
    /// Which part of each half rows [offset, offset + pageSize) of the list are, the halves (of these lengths) laid
    /// one after the other; null for a half with no row on the page. A part in the second half of its list is
    /// read from the other end of the index and turned around, so the last page ("Laatste") costs what the first does.
    /// </summary>
    internal static IReadOnlyList<Slice?> Plan(IReadOnlyList<int> lengths, int offset, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        var plan = new List<Slice?>(lengths.Count);
        var skipped = 0;
        var wanted = pageSize;
        foreach (var total in lengths)
        {
            var start = Math.Max(0, offset - skipped);
            skipped += total;
            if (wanted <= 0 || start >= total)
            {
                plan.Add(null);
                continue;
            }
            var take = Math.Min(wanted, total - start);
            wanted -= take;
            var fromEnd = start > total / 2;
            plan.Add(new Slice(fromEnd ? total - start - take : start, take, fromEnd));
        }
        return plan;
    }

    /// <summary>
    /// Adds rows [offset, offset + PageSize) of the halves to the batch (<see cref="Plan"/>). On the first page
    /// (offset 0) every half reads a full page, as the counts are not known yet. <paramref name="lengthOf"/> gives
    /// each half's length (known, or expected).
    /// </summary>
    private static void AddSlices(QueryBatch batch, IReadOnlyList<Half> halves, int offset, Func<Half, int> lengthOf,
        Func<DbDataReader, Row> readRow, DateTimeOffset now)
    {
        if (offset == 0)
        {
            foreach (var half in halves) half.Read(batch, new Slice(0, PageSize, FromEnd: false), readRow, now);
            return;
        }
        var plan = Plan([.. halves.Select(lengthOf)], offset, PageSize);
        for (var i = 0; i < halves.Count; i++) halves[i].Read(batch, plan[i], readRow, now);
    }

    /// <summary>Order of the region's index on (RegionId, SubmittedAt, Reference).</summary>
    internal static IOrderedQueryable<Domain.Reports.Report> BySubmission(IQueryable<Domain.Reports.Report> reports, bool descending) => descending
        ? reports.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Reference)
        : reports.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Reference);

    /// <summary>Order of the waiting meldingen's index on (RegionId, Status, TriageDueAt, Reference): most urgent first.</summary>
    private static IOrderedQueryable<Domain.Reports.Report> ByDeadline(IQueryable<Domain.Reports.Report> reports, bool descending) => descending
        ? reports.OrderByDescending(r => r.TriageDueAt).ThenByDescending(r => r.Reference)
        : reports.OrderBy(r => r.TriageDueAt).ThenBy(r => r.Reference);

    private IQueryable<Domain.Reports.Report> Filter(IQueryable<Domain.Reports.Report> reports, PortalUser me, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(Search))
        {
            if (ReportReference.Normalise(Search) is { } reference) reports = reports.Where(r => r.Reference == reference);
            else SearchError = "Zoek op een kenmerk zoals MH-2026-000123.";
        }
        if (Status is { } status) reports = reports.Where(r => r.Status == status);
        if (Form is { } form) reports = reports.Where(r => r.Forms.Any(f => f.Form == form));
        if (!string.IsNullOrEmpty(MunicipalityCode)) reports = reports.Where(r => r.MunicipalityCode == MunicipalityCode);
        if (OnlyAcute) reports = reports.Where(r => r.AcuteDanger);
        if (OnlyPossiblyMinor) reports = reports.Where(r => r.VictimPossiblyMinor);
        if (OnlyOverdue) reports = reports.Where(r => r.Status == ReportStatus.Received && r.TriageDueAt < now);
        if (OnlyMine)
        {
            // Mine: the meldingen I triaged, and those of casussen assigned to me.
            var userId = me.UserId;
            reports = reports.Where(r => r.TriagedBy == userId || db.Cases.Any(c => c.Id == r.CaseId && c.AssignedTo == userId));
        }
        return reports;
    }

    /// <summary>A filter that leaves out some of the meldingen waiting for triage (the status filter aside).</summary>
    private bool NarrowsWaiting => Search is not null || Form is not null || !string.IsNullOrEmpty(MunicipalityCode)
        || OnlyAcute || OnlyPossiblyMinor || OnlyOverdue || OnlyMine;

    private int ClampPage()
    {
        (PageNumber, var offset) = Pagination.Clamp(PageNumber, Total, PageSize);
        return offset;
    }

    /// <summary>Reads a <see cref="Row"/> from a batch, the columns in the order of <see cref="Project"/>.</summary>
    private static Func<DbDataReader, Row> RowReader(QueryBatch batch)
    {
        var submittedAt = batch.Column<Domain.Reports.Report, DateTimeOffset>(nameof(Domain.Reports.Report.SubmittedAt));
        var status = batch.Column<Domain.Reports.Report, ReportStatus>(nameof(Domain.Reports.Report.Status));
        var dueAt = batch.Column<Domain.Reports.Report, DateTimeOffset>(nameof(Domain.Reports.Report.TriageDueAt));
        return r => new Row(r.GetGuid(0), r.GetString(1), submittedAt(r, 2), r.IsDBNull(3) ? null : r.GetString(3),
            r.GetBoolean(4), r.GetBoolean(5), status(r, 6), dueAt(r, 7), r.GetBoolean(8));
    }

    private static IQueryable<Row> Project(IQueryable<Domain.Reports.Report> page, DateTimeOffset now) =>
        page.Select(r => new Row(r.Id, r.Reference, r.SubmittedAt,
            r.MunicipalityCode,
            r.AcuteDanger, r.VictimPossiblyMinor, r.Status, r.TriageDueAt, r.Status == ReportStatus.Received && r.TriageDueAt < now));
}
