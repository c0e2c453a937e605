using Mensenhandel.Domain.Statistics;

namespace Mensenhandel.Domain.Tests.Statistics;

/// <summary>Builds tables for the tests and looks at them the way an attacker would.</summary>
internal static class Tables
{
    public static FrequencyTable Of(params int[][] rows)
    {
        var columns = rows.Length == 0 ? 0 : rows[0].Length;
        var counts = new int[rows.Length, columns];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns; c++) counts[r, c] = rows[r][c];
        }
        return new FrequencyTable(
            Enumerable.Range(0, rows.Length).Select(r => $"rij {r}"),
            Enumerable.Range(0, columns).Select(c => $"kolom {c}"),
            counts);
    }

    public static FrequencyTable Random(Random random)
    {
        var rows = random.Next(2, 9);
        var columns = random.Next(1, 7);
        var counts = new int[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++) counts[r, c] = SkewedToSmall(random);
        }
        return new FrequencyTable(
            Enumerable.Range(0, rows).Select(r => $"GM{r:0000}"),
            Enumerable.Range(0, columns).Select(c => $"vorm {c}"),
            counts);
    }

    /// <summary>Mostly zeros and small numbers, sometimes a large one: what counts per municipality look like.</summary>
    private static int SkewedToSmall(Random random) => random.Next(10) switch
    {
        < 3 => 0,
        < 7 => random.Next(1, 5),
        < 9 => random.Next(5, 15),
        _ => random.Next(15, 200),
    };

    /// <summary>The table and its result as one grid with the totals in the last row and column.</summary>
    public static (int[,] Truth, SuppressedCount[,] Shown) Grids(FrequencyTable table, SuppressedTable result)
    {
        var truth = Suppression.Figures(table);
        var rows = table.RowKeys.Count;
        var columns = table.ColumnKeys.Count;
        var shown = new SuppressedCount[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++) shown[r, c] = result[r, c];
            shown[r, columns] = result.Rows[r].Total;
        }
        for (var c = 0; c < columns; c++) shown[rows, c] = result.ColumnTotals[c];
        shown[rows, columns] = result.GrandTotal;
        return (truth, shown);
    }

    /// <summary>
    /// The hidden figures an attacker can compute exactly from the visible ones with the equations of every row
    /// and column (cells add up to their total), by Gaussian elimination: independent of how the rule works.
    /// </summary>
    public static List<(int Row, int Column)> ComputableHiddenFigures(SuppressedCount[,] shown)
    {
        var rows = shown.GetLength(0);
        var columns = shown.GetLength(1);
        var unknowns = new List<(int Row, int Column)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (shown[r, c].IsSuppressed) unknowns.Add((r, c));
            }
        }

        // One equation per line of the grid: the cells minus the total is zero; only the hidden figures matter.
        var equations = new List<double[]>();
        for (var r = 0; r < rows; r++)
            equations.Add([.. unknowns.Select(u => u.Row != r ? 0.0 : u.Column == columns - 1 ? -1.0 : 1.0)]);
        for (var c = 0; c < columns; c++)
            equations.Add([.. unknowns.Select(u => u.Column != c ? 0.0 : u.Row == rows - 1 ? -1.0 : 1.0)]);

        var pivotRowOfColumn = ReducedRowEchelon(equations, unknowns.Count);
        var computable = new List<(int Row, int Column)>();
        for (var u = 0; u < unknowns.Count; u++)
        {
            if (!pivotRowOfColumn.TryGetValue(u, out var pivotRow)) continue;
            var alone = Enumerable.Range(0, unknowns.Count).All(other => other == u || Math.Abs(equations[pivotRow][other]) < 1e-9);
            if (alone) computable.Add(unknowns[u]);
        }
        return computable;
    }

    private static Dictionary<int, int> ReducedRowEchelon(List<double[]> matrix, int columns)
    {
        var pivots = new Dictionary<int, int>();
        var row = 0;
        for (var column = 0; column < columns && row < matrix.Count; column++)
        {
            var best = Enumerable.Range(row, matrix.Count - row).MaxBy(r => Math.Abs(matrix[r][column]));
            if (Math.Abs(matrix[best][column]) < 1e-9) continue;
            (matrix[row], matrix[best]) = (matrix[best], matrix[row]);
            var pivot = matrix[row][column];
            for (var k = 0; k < columns; k++) matrix[row][k] /= pivot;
            for (var other = 0; other < matrix.Count; other++)
            {
                if (other == row || Math.Abs(matrix[other][column]) < 1e-9) continue;
                var factor = matrix[other][column];
                for (var k = 0; k < columns; k++) matrix[other][k] -= factor * matrix[row][k];
            }
            pivots[column] = row;
            row++;
        }
        return pivots;
    }
}
