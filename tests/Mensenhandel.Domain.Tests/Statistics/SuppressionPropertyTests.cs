using Mensenhandel.Domain.Statistics;

namespace Mensenhandel.Domain.Tests.Statistics;

/// <summary>The rules, checked on many seeded random tables skewed to small counts.</summary>
public sealed class SuppressionPropertyTests
{
    private const int Cases = 600;

    private static IEnumerable<(FrequencyTable Table, SuppressedTable Result, int[,] Truth, SuppressedCount[,] Shown)> RandomCases(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var table = Tables.Random(random);
            var result = Suppression.Apply(table);
            var (truth, shown) = Tables.Grids(table, result);
            yield return (table, result, truth, shown);
        }
    }

    [Fact]
    public void No_visible_figure_is_from_1_to_4()
    {
        foreach (var (_, _, _, shown) in RandomCases(1))
        {
            Assert.DoesNotContain(shown.Cast<SuppressedCount>(), c => c.Value is >= 1 and <= 4);
        }
    }

    [Fact]
    public void Every_visible_figure_is_the_true_count()
    {
        foreach (var (_, _, truth, shown) in RandomCases(2))
        {
            for (var r = 0; r < truth.GetLength(0); r++)
            {
                for (var c = 0; c < truth.GetLength(1); c++)
                {
                    if (!shown[r, c].IsSuppressed) Assert.Equal(truth[r, c], shown[r, c].Value);
                }
            }
        }
    }

    [Fact]
    public void In_every_line_with_a_visible_total_the_hidden_remainder_is_spread_over_two_or_more_cells_that_could_each_be_more_than_1()
    {
        foreach (var (_, _, truth, shown) in RandomCases(3))
        {
            var rows = shown.GetLength(0);
            var columns = shown.GetLength(1);
            var lines = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => (r, c)).ToList())
                .Concat(Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, rows).Select(r => (r, c)).ToList()));
            foreach (var line in lines)
            {
                var total = shown[line[^1].r, line[^1].c];
                var cells = line.Take(line.Count - 1).Select(p => shown[p.r, p.c]).ToList();
                var hidden = cells.Count(c => c.IsSuppressed);
                if (total.IsSuppressed)
                {
                    Assert.True(hidden > 0, "a hidden total with visible cells is their sum");
                    continue;
                }
                var remainder = total.Value!.Value - cells.Sum(c => c.Value ?? 0);
                Assert.True(hidden is 0 or >= 2, $"{hidden} hidden cell(s) in a line with a visible total");
                if (hidden > 0) Assert.True(remainder > hidden, $"remainder {remainder} over {hidden} cells that are at least 1");
            }
        }
    }

    [Fact]
    public void No_hidden_figure_can_be_computed_from_the_visible_ones()
    {
        foreach (var (_, _, _, shown) in RandomCases(4))
        {
            Assert.Empty(Tables.ComputableHiddenFigures(shown));
        }
    }

    [Fact]
    public void Applying_the_rule_to_its_own_result_hides_nothing_more()
    {
        foreach (var (table, _, truth, shown) in RandomCases(5))
        {
            var hidden = new bool[shown.GetLength(0), shown.GetLength(1)];
            for (var r = 0; r < hidden.GetLength(0); r++)
            {
                for (var c = 0; c < hidden.GetLength(1); c++) hidden[r, c] = shown[r, c].IsSuppressed;
            }

            var again = Suppression.HiddenFigures(truth, Suppression.DefaultThreshold, hidden);

            Assert.Equal(hidden.Cast<bool>(), again.Cast<bool>());
            Assert.Equal(shown.Cast<SuppressedCount>(), Tables.Grids(table, Suppression.Apply(table)).Shown.Cast<SuppressedCount>());
        }
    }

    [Fact]
    public void Zeros_are_hidden_only_when_nothing_else_can_protect_a_figure()
    {
        var hiddenZeros = 0;
        var visibleZeros = 0;
        foreach (var (_, _, truth, shown) in RandomCases(6))
        {
            for (var r = 0; r < truth.GetLength(0); r++)
            {
                for (var c = 0; c < truth.GetLength(1); c++)
                {
                    if (truth[r, c] != 0) continue;
                    if (shown[r, c].IsSuppressed) hiddenZeros++;
                    else visibleZeros++;
                }
            }
        }

        Assert.True(hiddenZeros * 100 < visibleZeros, $"{hiddenZeros} hidden zeros against {visibleZeros} visible");
    }
}
