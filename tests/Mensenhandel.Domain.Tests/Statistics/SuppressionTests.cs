using Mensenhandel.Domain.Statistics;

namespace Mensenhandel.Domain.Tests.Statistics;

public sealed class SuppressionTests
{
    private static string[] Shown(SuppressedRow row) => [.. row.Cells.Select(c => c.ToString())];

    private static string[] SingleColumn(SuppressedTable table) => [.. table.Rows.Select(r => r.Cells[0].ToString())];

    private static FrequencyTable PerMunicipality(params int[] counts) =>
        FrequencyTable.SingleColumn("aantal", counts.Select((count, i) => KeyValuePair.Create($"GM{i:0000}", count)));

    [Fact]
    public void Counts_from_1_to_4_read_less_than_5_while_0_and_5_or_more_are_shown()
    {
        var result = Suppression.Apply(PerMunicipality(0, 1, 2, 3, 4, 5, 6));

        Assert.Equal(["0", "<5", "<5", "<5", "<5", "5", "6"], SingleColumn(result));
        Assert.Equal("21", result.GrandTotal.ToString());
    }

    [Fact]
    public void A_hidden_count_carries_no_value()
    {
        var hidden = Suppression.Apply(PerMunicipality(3, 10, 20)).Rows[0].Cells[0];

        Assert.True(hidden.IsSuppressed);
        Assert.Null(hidden.Value);
    }

    [Fact]
    public void A_total_from_1_to_4_is_hidden_too()
    {
        var result = Suppression.Apply(Tables.Of([1, 2], [10, 20]));

        Assert.True(result.Rows[0].Total.IsSuppressed);
        Assert.Equal("<5", result.Rows[0].Total.ToString());
    }

    [Fact]
    public void A_single_hidden_cell_in_a_row_makes_the_smallest_other_cell_hidden_as_well()
    {
        var result = Suppression.Apply(Tables.Of([3, 7, 12], [20, 30, 40], [25, 35, 45]));

        Assert.Equal(["<5", "<5", "12"], Shown(result.Rows[0]));
        Assert.Equal("22", result.Rows[0].Total.ToString());
    }

    [Fact]
    public void Of_equal_smallest_cells_the_first_one_is_hidden()
    {
        var result = Suppression.Apply(PerMunicipality(2, 6, 6, 50));

        Assert.Equal(["<5", "<5", "6", "50"], SingleColumn(result));
    }

    [Fact]
    public void A_hidden_cell_with_only_zeros_beside_it_hides_its_total_and_the_zeros_stay_visible()
    {
        // Column 0 forces 8 to be hidden; row 1 has nothing else to hide, so its total goes.
        var result = Suppression.Apply(Tables.Of([3, 50], [8, 0]));

        Assert.True(result[1, 0].IsSuppressed);
        Assert.Equal("0", result[1, 1].ToString());
        Assert.True(result.Rows[1].Total.IsSuppressed);
    }

    [Fact]
    public void Two_hidden_ones_beside_a_visible_total_get_a_third_hidden_cell()
    {
        // Zeros are shown, so hidden cells are at least 1: 22 − 20 = 2 over two cells would mean 1 and 1.
        var result = Suppression.Apply(Tables.Of([1, 1, 20], [30, 40, 50], [35, 45, 55]));

        Assert.Equal(["<5", "<5", "<5"], Shown(result.Rows[0]));
    }

    [Fact]
    public void A_hidden_cell_that_only_links_two_groups_of_hidden_cells_gets_a_companion()
    {
        // Every line already has two or more hidden cells, but rows 0 and 1 minus columns 0 and 1 leave cell (0, 2).
        var table = Tables.Of([1, 2, 3, 50], [2, 1, 40, 60], [30, 40, 1, 2], [40, 50, 3, 4], [60, 70, 80, 90]);

        var result = Suppression.Apply(table);

        var (_, shown) = Tables.Grids(table, result);
        Assert.Empty(Tables.ComputableHiddenFigures(shown));
        Assert.Equal(10, shown.Cast<SuppressedCount>().Count(c => c.IsSuppressed));
    }

    [Fact]
    public void Hiding_only_the_small_cells_of_that_table_would_let_the_link_be_computed()
    {
        var table = Tables.Of([1, 2, 3, 50], [2, 1, 40, 60], [30, 40, 1, 2], [40, 50, 3, 4], [60, 70, 80, 90]);
        var truth = Suppression.Figures(table);
        var onlyPrimary = new SuppressedCount[truth.GetLength(0), truth.GetLength(1)];
        for (var r = 0; r < truth.GetLength(0); r++)
        {
            for (var c = 0; c < truth.GetLength(1); c++)
            {
                onlyPrimary[r, c] = truth[r, c] is >= 1 and < 5
                    ? SuppressedCount.Suppressed(5)
                    : SuppressedCount.Visible(truth[r, c], 5);
            }
        }

        Assert.Equal([(0, 2)], Tables.ComputableHiddenFigures(onlyPrimary));
    }

    [Fact]
    public void A_municipality_with_one_person_is_hidden_and_cannot_be_computed_from_the_total()
    {
        var table = PerMunicipality(1, 40, 12, 0, 9);

        var result = Suppression.Apply(table);

        Assert.Equal(["<5", "40", "12", "0", "<5"], SingleColumn(result));
        Assert.Equal("62", result.GrandTotal.ToString());
    }

    [Fact]
    public void An_empty_table_has_no_rows_and_a_visible_total_of_zero()
    {
        var result = Suppression.Apply(PerMunicipality());

        Assert.Empty(result.Rows);
        Assert.Equal("0", result.GrandTotal.ToString());
        Assert.Equal("0", result.ColumnTotals.Single().ToString());
    }

    [Fact]
    public void A_table_without_columns_has_rows_with_zero_totals()
    {
        var result = Suppression.Apply(new FrequencyTable(["GM0361"], [], new int[1, 0]));

        Assert.Equal("0", result.Rows.Single().Total.ToString());
        Assert.Equal("0", result.GrandTotal.ToString());
    }

    [Fact]
    public void The_threshold_decides_what_is_small_and_how_it_reads()
    {
        var result = Suppression.Apply(PerMunicipality(7, 12, 30), threshold: 10);

        Assert.Equal(["<10", "<10", "30"], SingleColumn(result));
        Assert.StartsWith("<10: minder dan 10", Suppression.Legend(10), StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_of_1_shows_every_count()
    {
        var result = Suppression.Apply(PerMunicipality(1, 2, 3), threshold: 1);

        Assert.DoesNotContain(result.Rows, r => r.Cells[0].IsSuppressed || r.Total.IsSuppressed);
    }

    [Fact]
    public void Negative_counts_duplicate_keys_and_mismatched_shapes_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tables.Of([1, -1]));
        Assert.Throws<ArgumentException>(() => new FrequencyTable(["GM0361", "GM0361"], ["a"], new int[2, 1]));
        Assert.Throws<ArgumentException>(() => new FrequencyTable(["GM0361"], ["a", "b"], new int[1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Suppression.Apply(PerMunicipality(1), threshold: 0));
    }

    [Fact]
    public void The_table_keeps_its_own_copy_of_the_counts()
    {
        var counts = new int[,] { { 7 } };
        var table = new FrequencyTable(["GM0361"], ["a"], counts);

        counts[0, 0] = 2;

        Assert.Equal(7, table[0, 0]);
        Assert.Equal(7, table.GrandTotal);
    }
}
