using System.Text;
using Mensenhandel.Domain.Statistics;
using Mensenhandel.Web.Pages.Dashboard;

namespace Mensenhandel.Web.Tests.Dashboard;

public sealed class CsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+31", "'+31")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("<5", "<5")]
    [InlineData("Alkmaar", "Alkmaar")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(string value, string expected) =>
        Assert.Equal(expected, DashboardTable.CsvCell(value));

    [Fact]
    public void An_exported_table_neutralises_formulas_in_its_row_names_and_keeps_suppression()
    {
        var table = Suppression.Apply(FrequencyTable.SingleColumn("Meldingen",
            [new("=cmd|' /C calc'!A0", 2), new("Alkmaar", 40), new("Bergen", 30)]));

        var csv = DashboardTable.FromCounts("t", "Test", "Gemeente", table).ToCsv();
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("'=cmd|' /C calc'!A0;<5", lines[1]);
        Assert.Equal($"Alkmaar;{table.Rows[1].Total}", lines[2]);
        Assert.Equal($"Bergen;{table.Rows[2].Total}", lines[3]);
        Assert.Equal("Totaal;72", lines[4]);
        // The 2 is hidden, and so is a second figure, or the total would give it away.
        Assert.Equal(2, lines.Count(l => l.EndsWith(";<5", StringComparison.Ordinal)));
    }
}
