using System.Net;
using AngleSharp.Dom;
using Mensenhandel.Web.Pages.Meldingen;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Triage;

/// <summary>The coordinator's queue of meldingen: filters, search by reference, order and paging.</summary>
public sealed class QueueTests(QueueTests.Portal portal) : IClassFixture<QueueTests.Portal>
{
    /// <summary>Enough submissions per minute for a second page of the queue.</summary>
    public sealed class Portal : PortalFactory
    {
        public Portal() => WithSetting("RateLimits:Melden:PermitLimit", "1000");
    }

    internal static IReadOnlyList<string> References(IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr td:first-child").Select(c => c.TextContent.Trim())];

    private static async Task<IDocument> QueueAsync(HttpClient coordinator, string query)
    {
        var response = await coordinator.GetAsync($"/meldingen{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    [Fact]
    public async Task Filters_on_form_of_exploitation_and_municipality_keep_only_matching_meldingen()
    {
        var labourInAlkmaar = await portal.SubmitReportAsync("GM0361", f => f.Remove("Input.Forms").Add("Input.Forms", "Labour"));
        var criminalInBeverwijk = await portal.SubmitReportAsync("GM0375", f => f.Remove("Input.Forms").Add("Input.Forms", "Criminal"));
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var labour = References(await QueueAsync(coordinator, "?vorm=Labour&sortering=nieuwste"));
        var criminal = References(await QueueAsync(coordinator, "?vorm=Criminal&sortering=nieuwste"));
        var beverwijk = References(await QueueAsync(coordinator, "?gemeente=GM0375&sortering=nieuwste"));

        Assert.Contains(labourInAlkmaar.Reference, labour);
        Assert.DoesNotContain(criminalInBeverwijk.Reference, labour);
        Assert.Contains(criminalInBeverwijk.Reference, criminal);
        Assert.DoesNotContain(labourInAlkmaar.Reference, criminal);
        Assert.Contains(criminalInBeverwijk.Reference, beverwijk);
        Assert.DoesNotContain(labourInAlkmaar.Reference, beverwijk);
    }

    [Fact]
    public async Task A_row_names_the_municipality_of_the_melding()
    {
        var report = await portal.SubmitReportAsync("GM0375");
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var row = (await QueueAsync(coordinator, $"?zoek={report.Reference}")).QuerySelectorAll("tbody tr").Single();

        Assert.Contains(report.Reference, row.TextContent);
        Assert.Contains("Beverwijk", row.TextContent);
        Assert.DoesNotContain("GM0375", row.TextContent);
    }

    /// <summary>The row of one melding, found by its reference: its cells' text, and whether it is marked overdue.</summary>
    internal static async Task<(IReadOnlyList<string> Cells, bool MarkedOverdue)> RowAsync(HttpClient coordinator, string reference)
    {
        var row = (await QueueAsync(coordinator, $"?zoek={reference}")).QuerySelectorAll("tbody tr").Single();
        return ([.. row.QuerySelectorAll("td").Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))],
            row.ClassList.Contains("mh-row--overdue"));
    }

    [Fact]
    public async Task A_row_shows_its_meldings_times_flags_and_status_as_stored()
    {
        var acute = await portal.SubmitReportAsync("GM0375", f => f.Set("Input.AcuteDanger", "Yes").Set("Input.AgeGroup", "From23"));
        var late = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.AgeGroup", "Minor"));
        var (coordinator, _, triaged) = await portal.OpenCaseAsync(f => f.Set("Input.AgeGroup", "From23"));
        // The deadline of one of them passed an hour ago.
        await portal.WithDbAsync(db => db.Reports.Where(r => r.Id == late.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.TriageDueAt, portal.Clock.GetUtcNow().AddHours(-1))));
        var stored = await portal.WithDbAsync(db => db.Reports.AsNoTracking()
            .Where(r => r.Id == acute.Id || r.Id == late.Id || r.Id == triaged.Id).ToDictionaryAsync(r => r.Id));

        var (cells, overdue) = await RowAsync(coordinator, acute.Reference);
        Assert.Equal([acute.Reference, Display.Time(stored[acute.Id].SubmittedAt), "Beverwijk",
            Display.Time(stored[acute.Id].TriageDueAt), "Acuut", "Ontvangen"], cells);
        Assert.False(overdue);

        (cells, overdue) = await RowAsync(coordinator, late.Reference);
        Assert.Equal([late.Reference, Display.Time(stored[late.Id].SubmittedAt), "Alkmaar",
            Display.Time(stored[late.Id].TriageDueAt), "Te laat Mogelijk minderjarig", "Ontvangen"], cells);
        Assert.True(overdue);

        // A triaged melding is no longer due: no deadline, its status instead.
        (cells, overdue) = await RowAsync(coordinator, triaged.Reference);
        Assert.Equal([triaged.Reference, Display.Time(stored[triaged.Id].SubmittedAt), "Alkmaar", "–", "", "In behandeling"], cells);
        Assert.False(overdue);
    }

    [Fact]
    public async Task A_later_pages_window_is_written_into_its_SQL_so_that_PostgreSQL_plans_each_window_for_itself()
    {
        var sql = await portal.WithDbAsync(db => Task.FromResult(
            IndexModel.InSlice(db.Reports, IndexModel.BySubmission, descending: true, new IndexModel.Slice(Skip: 1225, Take: 25, FromEnd: false))
                .CreateDbCommand().CommandText));

        Assert.Contains("LIMIT 25 OFFSET 1225", sql);
    }

    [Fact]
    public async Task Search_by_reference_finds_the_melding_however_it_was_typed_and_a_non_reference_gets_a_Dutch_hint()
    {
        var report = await portal.SubmitReportAsync("GM0361");
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var typed = report.Reference.ToLowerInvariant().Replace('-', ' ');

        var found = await QueueAsync(coordinator, $"?zoek={Uri.EscapeDataString(typed)}");
        var nonsense = await QueueAsync(coordinator, "?zoek=%3Cscript%3E");

        Assert.Equal([report.Reference], References(found));
        Assert.Contains("Zoek op een kenmerk zoals MH-", nonsense.QuerySelector("#filter-zoek-fout").Text());
        Assert.Equal("<script>", nonsense.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#filter-zoek")?.Value);
    }

    [Fact]
    public async Task Another_regions_melding_is_not_found_by_its_reference()
    {
        var inUtrecht = await portal.SubmitReportAsync("GM0344");
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var page = await QueueAsync(coordinator, $"?zoek={inUtrecht.Reference}");

        Assert.Empty(References(page));
    }

    [Fact]
    public async Task Acute_meldingen_come_first_because_their_deadline_is_earlier_and_assigned_to_me_lists_what_I_triaged()
    {
        var regular = await portal.SubmitReportAsync("GM0361");
        var acute = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.AcuteDanger", "Yes"));
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var queue = References(await QueueAsync(coordinator, ""));
        Assert.True(queue.ToList().IndexOf(acute.Reference) is >= 0 and var a && (queue.ToList().IndexOf(regular.Reference) is var r && (r < 0 || a < r)),
            "the acute melding, submitted later, is listed before the regular one");
        Assert.DoesNotContain(regular.Reference, References(await QueueAsync(coordinator, "?acuut=true")));

        Assert.DoesNotContain(regular.Reference, References(await QueueAsync(coordinator, "?mijn=true")));
        await coordinator.SubmitAsync($"/meldingen/{regular.Id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
        Assert.Contains(regular.Reference, References(await QueueAsync(coordinator, "?mijn=true")));
    }

    [Fact]
    public async Task Pages_split_the_selection_without_overlap_and_paging_past_the_end_shows_the_last_page()
    {
        var submitted = new List<string>();
        for (var i = 0; i < 27; i++)
            submitted.Add((await portal.SubmitReportAsync("GM0373", f => f.Remove("Input.Forms").Add("Input.Forms", "OrganRemoval"))).Reference);
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        const string selection = "?gemeente=GM0373&vorm=OrganRemoval";

        var first = await QueueAsync(coordinator, selection);
        var second = await QueueAsync(coordinator, selection + "&pagina=2");
        var beyond = await QueueAsync(coordinator, selection + "&pagina=100000");

        Assert.Equal(25, References(first).Count);
        Assert.Empty(References(first).Intersect(References(second)));
        Assert.Equal(submitted.Order(), References(first).Concat(References(second)).Where(submitted.Contains).Order());
        // All wait for triage with the same kind of deadline, so the urgency order is the order of submission; the
        // second page lies in the far half of the waiting meldingen and is read from the other end of their index.
        Assert.Equal(submitted, References(first).Concat(References(second)).Where(submitted.Contains));
        Assert.Equal(References(second), References(beyond));
        Assert.Equal("Pagina 2 van 2", beyond.QuerySelector(".mh-pagination [aria-current=page]").Text());
        Assert.Contains("gemeente=GM0373", first.QuerySelector(".mh-pagination a[rel=next]")?.GetAttribute("href"));

        // The second page of the oldest-first order is read from the newest end and turned around.
        var newest = References(await QueueAsync(coordinator, selection + "&sortering=nieuwste"));
        var oldestSecondPage = References(await QueueAsync(coordinator, selection + "&sortering=oudste&pagina=2"));
        Assert.Equal(newest.Take(2).Reverse(), oldestSecondPage);
    }

    [Fact]
    public async Task A_page_that_spans_the_waiting_and_the_triaged_meldingen_lists_the_waiting_first_then_the_newest()
    {
        var submitted = new List<(Guid Id, string Reference)>();
        for (var i = 0; i < 27; i++)
        {
            var report = await portal.SubmitReportAsync("GM0373", f => f.Remove("Input.Forms").Add("Input.Forms", "Unknown"));
            submitted.Add((report.Id, report.Reference));
        }
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        foreach (var (id, _) in submitted.Take(4))
            await coordinator.SubmitAsync($"/meldingen/{id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
        const string selection = "?gemeente=GM0373&vorm=Unknown";

        var first = References(await QueueAsync(coordinator, selection));
        var second = References(await QueueAsync(coordinator, selection + "&pagina=2"));

        // 23 waiting, most urgent (here: oldest) first, then the 4 triaged ones, newest first.
        var expected = submitted.Skip(4).Select(s => s.Reference).Concat(submitted.Take(4).Select(s => s.Reference).Reverse()).ToList();
        Assert.Equal(25, first.Count);
        Assert.Equal(expected, first.Concat(second).Where(expected.Contains));
        Assert.Equal(expected.Skip(25), second.Where(expected.Contains));
    }

    [Fact]
    public async Task A_selection_that_can_hold_nothing_says_so_on_every_page()
    {
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        // Overdue means waiting for triage, so "in behandeling and overdue" selects nothing, on any page.
        foreach (var page in new[] { "", "&pagina=3" })
        {
            var response = await coordinator.GetAsync("/meldingen?status=InProgress&telaat=true" + page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Er zijn geen meldingen in deze selectie.", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Hand_edited_filters_do_not_break_the_page()
    {
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var response = await coordinator.GetAsync("/meldingen?vorm=onzin&status=12&pagina=-4&sortering=%27&gemeente=%00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The number in the status tab "Ontvangen (N)": what waits for triage.</summary>
    private static int WaitingCount(IDocument page)
    {
        var tab = page.QuerySelector("a[href='/meldingen?status=Received']")?.TextContent ?? "";
        var open = tab.LastIndexOf('(');
        return int.Parse(tab[(open + 1)..tab.LastIndexOf(')')], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task While_few_wait_a_new_melding_is_counted_at_once()
    {
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var before = WaitingCount(await QueueAsync(coordinator, ""));

        await portal.SubmitReportAsync("GM0361");

        Assert.Equal(before + 1, WaitingCount(await QueueAsync(coordinator, "")));
    }

    [Fact]
    public async Task A_backlogs_count_is_reused_for_two_seconds_while_the_list_is_read_fresh()
    {
        await using var backlog = new PortalFactory()
            .WithSetting("Queue:BacklogFrom", "3")
            .WithSetting("RateLimits:Melden:PermitLimit", "1000");
        await backlog.InitializeAsync();
        for (var i = 0; i < 3; i++) await backlog.SubmitReportAsync("GM0361");
        var coordinator = await backlog.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var counted = WaitingCount(await QueueAsync(coordinator, ""));

        var late = await backlog.SubmitReportAsync("GM0361");
        var moments = await QueueAsync(coordinator, $"?zoek={late.Reference}");
        backlog.Clock.Advance(Mensenhandel.Web.Pages.Meldingen.BacklogCounts.Lifetime + TimeSpan.FromSeconds(1));
        var after = await QueueAsync(coordinator, "");

        Assert.True(counted >= 3, $"counted {counted}");
        Assert.Equal(counted, WaitingCount(moments));
        Assert.Equal([late.Reference], References(moments));
        Assert.Equal(counted + 1, WaitingCount(after));
    }

    [Fact]
    public async Task A_later_page_read_with_an_outdated_waiting_count_is_read_again()
    {
        await using var own = new PortalFactory().WithSetting("RateLimits:Melden:PermitLimit", "1000");
        await own.InitializeAsync();
        var submitted = new List<(Guid Id, string Reference)>();
        for (var i = 0; i < 27; i++)
        {
            var report = await own.SubmitReportAsync("GM0361");
            submitted.Add((report.Id, report.Reference));
        }
        var coordinator = await own.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        foreach (var (id, _) in submitted.Take(24))
            await coordinator.SubmitAsync($"/meldingen/{id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
        Assert.Equal(3, WaitingCount(await QueueAsync(coordinator, "")));   // the page now expects 3 waiting

        await own.SubmitReportAsync("GM0361");                              // 4 wait: page 2 starts one later in the triaged
        var outdated = References(await QueueAsync(coordinator, "?pagina=2"));
        var current = References(await QueueAsync(coordinator, "?pagina=2"));

        // 4 waiting and 21 triaged on page 1; page 2 holds the 3 oldest triaged, newest first.
        string[] oldestTriaged = [submitted[2].Reference, submitted[1].Reference, submitted[0].Reference];
        Assert.Equal(oldestTriaged, outdated);
        Assert.Equal(oldestTriaged, current);
    }
}
