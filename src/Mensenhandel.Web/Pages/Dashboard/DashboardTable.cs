using System.Globalization;
using System.Text;
using Mensenhandel.Domain.Statistics;

namespace Mensenhandel.Web.Pages.Dashboard;

/// <summary>
/// One table of the dashboard as text cells, exactly as shown and exported. Count tables are built only from a
/// <see cref="SuppressedTable"/>, so a number that reaches the page or the CSV has passed the suppression rule.
/// </summary>
public sealed record DashboardTable(
    string Id,
    string Title,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string>? Totals,
    string? Chart = null,
    string? Note = null)
{
    /// <summary>Counts with their totals; <paramref name="share"/> adds a column with each row's share of the total,
    /// shown only when the row's count is visible and the total is at least the threshold.</summary>
    public static DashboardTable FromCounts(string id, string title, string rowHeader, SuppressedTable table,
        bool share = false, string? chart = null, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var single = table.ColumnKeys.Count == 1;
        var header = new List<string> { rowHeader };
        if (!single) header.AddRange(table.ColumnKeys);
        header.Add(single ? table.ColumnKeys[0] : "Totaal");
        if (share) header.Add("Aandeel");

        var rows = table.Rows.Select(row =>
        {
            var cells = new List<string> { row.Key };
            if (!single) cells.AddRange(row.Cells.Select(c => c.ToString()));
            cells.Add(row.Total.ToString());
            if (share) cells.Add(Share(row.Total, table.GrandTotal, table.Threshold));
            return (IReadOnlyList<string>)cells;
        }).ToList();

        var totals = new List<string> { "Totaal" };
        if (!single) totals.AddRange(table.ColumnTotals.Select(c => c.ToString()));
        totals.Add(table.GrandTotal.ToString());
        if (share) totals.Add("");
        return new DashboardTable(id, title, header, rows, totals, chart, note);
    }

    /// <summary>A share reveals its count when the total is known, so it is shown only when both are visible and
    /// the total reaches the threshold.</summary>
    public static string Share(SuppressedCount part, SuppressedCount total, int threshold)
    {
        if (part.Value is not { } p || total.Value is not { } t || t < threshold) return "–";
        return (100.0 * p / t).ToString("0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>Dutch Excel: semicolons, UTF-8 with BOM, CRLF; cells that a spreadsheet would run as a formula
    /// get a leading quote.</summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append(string.Join(';', cells.Select(CsvCell))).Append("\r\n");
        Line(Header);
        foreach (var row in Rows) Line(row);
        if (Totals is not null) Line(Totals);
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    /// <summary>CSV injection: =, +, -, @, tab and CR at the start make Excel and LibreOffice evaluate the cell.</summary>
    public static string CsvCell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
