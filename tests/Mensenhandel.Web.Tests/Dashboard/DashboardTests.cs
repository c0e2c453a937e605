using System.Globalization;
using System.Net;
using System.Text;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Domain.Statistics;
using Mensenhandel.Web.Pages.Dashboard;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's figures against figures computed here, by LINQ over the seed list, then suppressed with the
/// domain's rule (tested on its own in Domain.Tests). A wrong query, a wrong scope or a skipped suppression fails.
/// </summary>
public sealed class DashboardTests(DashboardPortal portal) : IClassFixture<DashboardPortal>
{
    private static readonly string[] FormLabels = ["Seksuele uitbuiting", "Arbeidsuitbuiting", "Criminele uitbuiting", "Gedwongen orgaanverwijdering", "Weet ik niet"];

    private static readonly string[] TotalLabel = ["Totaal"];

    // Dutch calendar months (Amsterdam time), as the dashboard counts them.
    private DateTimeOffset From => DutchMonths.Add(DutchMonths.Of(portal.Now), -23);

    private DateTimeOffset To => DutchMonths.Add(DutchMonths.Of(portal.Now), 1);

    private IEnumerable<SeedReport> ReportsOf(string region) =>
        portal.Reports.Where(r => r.Region == region && r.SubmittedAt >= From && r.SubmittedAt < To);

    private IEnumerable<SeedCase> CasesOf(string region) =>
        portal.Cases.Where(c => c.Region == region && c.OpenedAt >= From && c.OpenedAt < To);

    /// <summary>The table as shown: every row (body and totals) as its cells' text, row header first.</summary>
    private static async Task<List<string[]>> TableAsync(HttpClient client, string query, string id)
    {
        var page = await Html.ParseAsync(await client.GetAsync("/dashboard" + query));
        var table = page.QuerySelector($"#tabel-{id}") ?? throw new Xunit.Sdk.XunitException($"no table {id}");
        return [.. table.QuerySelectorAll("tbody tr, tfoot tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray())];
    }

    /// <summary>The expected rows: cells then total (only the total for a one-column table), totals row last.</summary>
    private static List<string[]> Expected(SuppressedTable table)
    {
        var single = table.ColumnKeys.Count == 1;
        var rows = table.Rows.Select(r => new[] { r.Key }.Concat(single ? [] : r.Cells.Select(c => c.ToString())).Append(r.Total.ToString()).ToArray()).ToList();
        rows.Add([.. TotalLabel.Concat(single ? [] : table.ColumnTotals.Select(c => c.ToString())).Append(table.GrandTotal.ToString())]);
        return rows;
    }

    private static SuppressedTable Single(IEnumerable<(string Key, int Count)> rows) =>
        Suppression.Apply(FrequencyTable.SingleColumn("x", rows.Select(r => new KeyValuePair<string, int>(r.Key, r.Count))));

    private static void AssertTable(List<string[]> expected, List<string[]> actual, string id)
    {
        Assert.True(expected.Count == actual.Count, $"{id}: {expected.Count} rows expected, {actual.Count} shown");
        for (var i = 0; i < expected.Count; i++)
        {
            // A share column may follow; the counts come first.
            Assert.Equal(expected[i], actual[i].Take(expected[i].Length).ToArray());
        }
    }

    [Fact]
    public async Task The_noord_holland_figures_equal_the_figures_computed_from_the_seed()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var reports = ReportsOf("RE04").ToList();
        var months = Enumerable.Range(0, 24).Select(i => DutchMonths.Add(From, i)).ToList();

        var perMonth = new int[24, 5];
        foreach (var r in reports)
            foreach (var f in r.Forms)
                perMonth[months.IndexOf(DutchMonths.Of(r.SubmittedAt)), (int)f]++;
        AssertTable(Expected(Suppression.Apply(new FrequencyTable(months.Select(DutchMonths.Label), FormLabels, perMonth))),
            await TableAsync(client, "", "per-maand"), "per-maand");

        var names = new Dictionary<string, string> { ["GM0361"] = "Alkmaar", ["GM0373"] = "Bergen (NH.)", ["GM0375"] = "Beverwijk", ["GM0377"] = "Bloemendaal", ["GM0383"] = "Castricum" };
        var shown = await TableAsync(client, "", "per-gemeente");
        var perMunicipality = shown.SkipLast(1).Select(row => row[0]).Select(name =>
            (name, reports.Count(r => names.TryGetValue(r.Municipality, out var n) && n == name))).ToList();
        Assert.Equal(reports.Count, perMunicipality.Sum(p => p.Item2));
        AssertTable(Expected(Single(perMunicipality)), shown, "per-gemeente");

        AssertTable(Expected(Single(Enum.GetValues<Sector>().Select(s => (s.ToString(), reports.Count(r => r.Sector == s))))).Select(Unlabel).ToList(),
            (await TableAsync(client, "", "per-sector")).Select(Unlabel).ToList(), "per-sector");
        AssertTable(Expected(Single([("Mogelijk minderjarig", reports.Count(r => r.Minor)), ("Meerderjarig", reports.Count(r => !r.Minor))])),
            await TableAsync(client, "", "minderjarig"), "minderjarig");
        AssertTable(Expected(Single([("Acuut gevaar gemeld", reports.Count(r => r.Acute)), ("Geen acuut gevaar gemeld", reports.Count(r => !r.Acute))])),
            await TableAsync(client, "", "acuut"), "acuut");

        var hours = reports.Where(r => r.TriagedAt is not null).Select(r => (int)Math.Floor((r.TriagedAt!.Value - r.SubmittedAt).TotalHours)).Order().ToList();
        Assert.True(hours.Count >= 5);
        var triage = await TableAsync(client, "", "triagetijd");
        Assert.Equal(hours.Count.ToString(CultureInfo.InvariantCulture), triage[0][1]);
        Assert.Equal(hours[(int)Math.Ceiling(0.5 * hours.Count) - 1].ToString(CultureInfo.InvariantCulture), triage[1][1]);
        Assert.Equal(hours[(int)Math.Ceiling(0.9 * hours.Count) - 1].ToString(CultureInfo.InvariantCulture), triage[2][1]);

        var cases = CasesOf("RE04").ToList();
        AssertTable(Expected(Single([("Open", cases.Count(c => !c.Closed)), ("Afgesloten", cases.Count(c => c.Closed))])),
            await TableAsync(client, "", "casussen"), "casussen");
        var bands = new[] { 30, 90, 180, 365, int.MaxValue };
        int Band(SeedCase c) => Array.FindIndex(bands, b => (portal.Now - c.OpenedAt).TotalDays < b);
        AssertTable(Expected(Single(DashboardFigures.AgeBands.Select((b, i) => (b.Label, cases.Count(c => !c.Closed && Band(c) == i))))),
            await TableAsync(client, "", "casusleeftijd"), "casusleeftijd");

        var kinds = Enum.GetValues<ReferralKind>();
        var statuses = Enum.GetValues<ReferralStatus>();
        var referrals = new int[kinds.Length, statuses.Length];
        foreach (var (kind, status) in cases.SelectMany(c => c.Referrals)) referrals[(int)kind, (int)status]++;
        AssertTable(Expected(Suppression.Apply(new FrequencyTable(kinds.Select(Referral.DutchName),
            ["verstuurd", "geaccepteerd", "afgewezen", "afgerond", "ingetrokken"], referrals))), await TableAsync(client, "", "verwijzingen"), "verwijzingen");
    }

    private static string[] Unlabel(string[] row) => [.. row.Skip(1)];

    [Fact]
    public async Task A_noord_holland_user_never_sees_midden_nederland_figures()
    {
        var officer = await portal.LoginAsync(DemoUsers.MunicipalityAlkmaar);
        var page = await Html.ParseAsync(await officer.GetAsync("/dashboard?regio=RE03&gemeente=GM0344"));
        var municipalities = page.QuerySelectorAll("#tabel-per-gemeente tbody th").Select(th => th.TextContent.Trim()).ToList();

        Assert.Contains("Alkmaar", municipalities);
        Assert.DoesNotContain("Utrecht", municipalities);
        Assert.DoesNotContain("Blaricum", municipalities);
        Assert.Null(page.QuerySelector("#gemeente option[value='GM0344']"));
        var expected = ReportsOf("RE04").Count();
        Assert.NotEqual(expected, ReportsOf("RE03").Count());
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#tabel-per-gemeente tfoot td")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/dashboard?formaat=csv&tabel=per-regio")).StatusCode);
    }

    [Fact]
    public async Task Landelijk_sees_every_region_and_can_narrow_to_one()
    {
        var national = await portal.LoginAsync(DemoUsers.National);

        var regions = await TableAsync(national, "", "per-regio");
        var middenNederland = await TableAsync(national, "?regio=RE03", "per-gemeente");

        Assert.Equal(ReportsOf("RE04").Count().ToString(CultureInfo.InvariantCulture), regions.Single(r => r[0] == "Noord-Holland")[1]);
        Assert.Equal(ReportsOf("RE03").Count().ToString(CultureInfo.InvariantCulture), middenNederland[^1][1]);
        Assert.Contains(middenNederland, r => r[0] == "Blaricum");
    }

    [Fact]
    public async Task A_municipality_filter_with_fewer_than_five_meldingen_shows_no_figures_at_all()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var page = await Html.ParseAsync(await client.GetAsync($"/dashboard?gemeente={DashboardPortal.Castricum}"));
        var csv = await client.GetAsync($"/dashboard?gemeente={DashboardPortal.Castricum}&formaat=csv&tabel=per-maand");

        Assert.NotNull(page.QuerySelector("#te-weinig"));
        Assert.Empty(page.QuerySelectorAll("table"));
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
    }

    [Fact]
    public async Task Bad_filter_values_are_ignored_and_never_an_error()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        foreach (var query in new[] { "?periode=%00%27", "?vorm=Nope&gemeente=GM9999", "?regio=RE03", "?formaat=csv&tabel=bestaat-niet" })
        {
            var response = await client.GetAsync("/dashboard" + query);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{query}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_csv_export_has_the_same_suppressed_figures_is_excel_ready_and_is_audited()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var before = await portal.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.Exported && e.ObjectId == "per-gemeente"));

        var shown = await TableAsync(client, "", "per-gemeente");
        var response = await client.GetAsync("/dashboard?formaat=csv&tabel=per-gemeente");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Gemeente;Meldingen", lines[0]);
        Assert.Equal(shown.Select(r => string.Join(';', r)), lines.Skip(1));
        Assert.Contains(lines, l => l.EndsWith(";<5", StringComparison.Ordinal) || l.Contains(";<5;", StringComparison.Ordinal));
        Assert.Equal(before + 1, await portal.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.Exported && e.ObjectId == "per-gemeente")));
    }
}
