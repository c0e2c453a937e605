using System.Globalization;

namespace Mensenhandel.Domain.Statistics;

/// <summary>
/// The one place where counts of (possible) victims are made safe to show. Every figure on a dashboard and in an
/// export goes through <see cref="Apply"/>, so that no person can be singled out, also not by a municipality filter.
/// </summary>
/// <remarks>
/// <para>The table is treated as one grid with its totals: the cells, the row totals, the column totals and the
/// grand total are all figures, and every row and every column of that grid (the totals row and column included)
/// is a line whose cells add up to its total.</para>
/// <para><b>Primary suppression.</b> Every figure from 1 to threshold − 1 is hidden, totals included.</para>
/// <para><b>Complementary suppression, line by line.</b> A line whose total is visible must not have exactly one
/// hidden cell, because that cell is the total minus the visible cells. We then also hide the smallest non-zero
/// visible cell of that line (on equal values the first in row or column order), so the least information is
/// lost; when the line has no such cell, its total is hidden instead. A hidden total with every cell visible is
/// their sum, so such a line gets a hidden cell as well. Hiding a figure can break another line, so the rules are
/// applied again until nothing changes.</para>
/// <para><b>Zeros are shown.</b> A zero is not a person, and hiding zeros would hide most of a small table. But
/// because zeros are always shown, everyone knows that every hidden figure is at least 1. Two hidden figures in a
/// line whose hidden remainder (total minus visible cells) is 2 must therefore both be 1. So a line with a visible
/// total needs a hidden remainder larger than its number of hidden cells; otherwise one more cell is hidden. A
/// zero is only hidden in the rare case that it is the only figure left that can protect another one.</para>
/// <para><b>Lines combined.</b> Adding and subtracting lines can still isolate one figure even when every line has
/// two or more hidden figures: two groups of hidden figures linked by a single hidden figure give that figure away.
/// A hidden figure cannot be computed from the visible ones exactly when it lies on a closed loop of hidden figures
/// that alternately share a row and a column. For a figure that does not, one more figure is hidden that closes
/// such a loop (again the smallest non-zero one, first in row order).</para>
/// <para><b>Known limits.</b> The result guarantees that no hidden figure can be <i>computed exactly</i> from the
/// visible figures of this one table. It does not promise that its range is wide: a figure may be known to be
/// 1 or 2. Attacks with linear programming over many lines, which combine the equations with the knowledge that
/// counts are whole and not negative, are out of scope: line-wise protection is the accepted standard for this
/// kind of statistics, as in CBS practice. Nor does it protect across tables: publishing a region and the same
/// region without one municipality, or overlapping filters, lets a reader subtract one from the other. Dashboards
/// and exports must therefore use fixed classifications (whole municipalities, regions, periods) and no free
/// filters.</para>
/// </remarks>
public static class Suppression
{
    public const int DefaultThreshold = 5;

    /// <summary>Text for next to a table: what a hidden figure means, without saying which is which.</summary>
    public static string Legend(int threshold = DefaultThreshold) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<{threshold}: minder dan {threshold}, of afgeschermd zodat een klein aantal niet is terug te rekenen.");

    /// <summary>The table as it may be shown: figures below <paramref name="threshold"/> and the figures that
    /// would give them away are hidden.</summary>
    public static SuppressedTable Apply(FrequencyTable table, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        var figures = Figures(table);
        var hidden = HiddenFigures(figures, threshold);
        return ToSuppressedTable(table, figures, hidden, threshold);
    }

    /// <summary>The cells with their totals as one grid: row totals in the last column, column totals in the
    /// last row, the grand total in the corner.</summary>
    internal static int[,] Figures(FrequencyTable table)
    {
        var rows = table.RowKeys.Count;
        var columns = table.ColumnKeys.Count;
        var figures = new int[rows + 1, columns + 1];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++) figures[row, column] = table[row, column];
            figures[row, columns] = table.RowTotal(row);
        }
        for (var column = 0; column < columns; column++) figures[rows, column] = table.ColumnTotal(column);
        figures[rows, columns] = table.GrandTotal;
        return figures;
    }

    /// <summary>Which figures of <see cref="Figures"/> to hide, starting from <paramref name="alreadyHidden"/>
    /// when given (so that a finished pattern can be shown to be stable).</summary>
    internal static bool[,] HiddenFigures(int[,] figures, int threshold, bool[,]? alreadyHidden = null)
    {
        var hidden = alreadyHidden is null
            ? new bool[figures.GetLength(0), figures.GetLength(1)]
            : (bool[,])alreadyHidden.Clone();
        foreach (var figure in All(figures))
        {
            var value = figures[figure.Row, figure.Column];
            if (value >= 1 && value < threshold) hidden[figure.Row, figure.Column] = true;
        }

        var lines = Lines(figures.GetLength(0) - 1, figures.GetLength(1) - 1);
        // Every pass hides one more figure or stops, so this ends; lines first, because they are cheap to check
        // and cost the least information, loops only once every line is safe.
        while (lines.Any(line => ProtectLine(line, figures, hidden)) || CloseOneLoop(figures, hidden))
        {
        }
        return hidden;
    }

    private readonly record struct Figure(int Row, int Column);

    private sealed record Line(IReadOnlyList<Figure> Cells, Figure Total);

    private static List<Line> Lines(int rows, int columns)
    {
        var lines = new List<Line>();
        for (var row = 0; row <= rows; row++)
            lines.Add(new Line([.. Enumerable.Range(0, columns).Select(c => new Figure(row, c))], new Figure(row, columns)));
        for (var column = 0; column <= columns; column++)
            lines.Add(new Line([.. Enumerable.Range(0, rows).Select(r => new Figure(r, column))], new Figure(rows, column)));
        return lines;
    }

    private static IEnumerable<Figure> All(int[,] figures) =>
        from row in Enumerable.Range(0, figures.GetLength(0))
        from column in Enumerable.Range(0, figures.GetLength(1))
        select new Figure(row, column);

    private static bool ProtectLine(Line line, int[,] figures, bool[,] hidden)
    {
        if (IsProtected(line, figures, hidden)) return false;
        var companion = Smallest(line.Cells.Where(c => !hidden[c.Row, c.Column] && figures[c.Row, c.Column] > 0), figures);
        if (companion is null && !hidden[line.Total.Row, line.Total.Column]) companion = line.Total;
        // Only zeros left: hiding one beats giving a person away.
        companion ??= Smallest(line.Cells.Where(c => !hidden[c.Row, c.Column]), figures);
        if (companion is not { } figure) return false;
        hidden[figure.Row, figure.Column] = true;
        return true;
    }

    private static bool IsProtected(Line line, int[,] figures, bool[,] hidden)
    {
        var hiddenCells = 0;
        var remainder = 0;
        foreach (var cell in line.Cells)
        {
            if (!hidden[cell.Row, cell.Column]) continue;
            hiddenCells++;
            remainder += figures[cell.Row, cell.Column];
        }
        if (hidden[line.Total.Row, line.Total.Column]) return hiddenCells > 0;
        return hiddenCells == 0 || (hiddenCells >= 2 && remainder > hiddenCells);
    }

    /// <summary>
    /// Finds the first hidden figure that lies on no closed loop of hidden figures (seen as a graph with a node per
    /// row and per column and an edge per hidden figure, such a figure is a bridge: the linear equations of the
    /// lines determine it) and hides one more figure that links its two sides.
    /// </summary>
    private static bool CloseOneLoop(int[,] figures, bool[,] hidden)
    {
        foreach (var figure in All(figures).Where(f => hidden[f.Row, f.Column]))
        {
            var rowSide = Reachable(hidden, figure, fromRow: true);
            if (rowSide.Columns[figure.Column]) continue;
            var columnSide = Reachable(hidden, figure, fromRow: false);

            var links = All(figures).Where(f => !hidden[f.Row, f.Column]
                && ((rowSide.Rows[f.Row] && columnSide.Columns[f.Column]) || (columnSide.Rows[f.Row] && rowSide.Columns[f.Column])))
                .ToList();
            var link = Smallest(links.Where(f => figures[f.Row, f.Column] > 0), figures) ?? Smallest(links, figures);
            if (link is not { } chosen) continue;
            hidden[chosen.Row, chosen.Column] = true;
            return true;
        }
        return false;
    }

    /// <summary>Rows and columns connected through hidden figures to one end of <paramref name="bridge"/>,
    /// without using <paramref name="bridge"/> itself.</summary>
    private static (bool[] Rows, bool[] Columns) Reachable(bool[,] hidden, Figure bridge, bool fromRow)
    {
        var rows = new bool[hidden.GetLength(0)];
        var columns = new bool[hidden.GetLength(1)];
        var queue = new Queue<(bool IsRow, int Index)>();
        queue.Enqueue(fromRow ? (true, bridge.Row) : (false, bridge.Column));
        if (fromRow) rows[bridge.Row] = true;
        else columns[bridge.Column] = true;

        while (queue.TryDequeue(out var node))
        {
            var count = node.IsRow ? columns.Length : rows.Length;
            for (var other = 0; other < count; other++)
            {
                var figure = node.IsRow ? new Figure(node.Index, other) : new Figure(other, node.Index);
                if (figure == bridge || !hidden[figure.Row, figure.Column]) continue;
                var seen = node.IsRow ? columns : rows;
                if (seen[other]) continue;
                seen[other] = true;
                queue.Enqueue((!node.IsRow, other));
            }
        }
        return (rows, columns);
    }

    private static Figure? Smallest(IEnumerable<Figure> candidates, int[,] figures)
    {
        Figure? smallest = null;
        foreach (var candidate in candidates)
        {
            // Candidates come in row or column order, so on equal values the first one stays.
            if (smallest is not { } current || figures[candidate.Row, candidate.Column] < figures[current.Row, current.Column])
                smallest = candidate;
        }
        return smallest;
    }

    private static SuppressedTable ToSuppressedTable(FrequencyTable table, int[,] figures, bool[,] hidden, int threshold)
    {
        var rows = table.RowKeys.Count;
        var columns = table.ColumnKeys.Count;
        SuppressedCount Show(int row, int column) => hidden[row, column]
            ? SuppressedCount.Suppressed(threshold)
            : SuppressedCount.Visible(figures[row, column], threshold);

        var suppressedRows = Enumerable.Range(0, rows)
            .Select(r => new SuppressedRow(table.RowKeys[r], [.. Enumerable.Range(0, columns).Select(c => Show(r, c))], Show(r, columns)))
            .ToList();
        var columnTotals = Enumerable.Range(0, columns).Select(c => Show(rows, c)).ToList();
        return new SuppressedTable(table.ColumnKeys, suppressedRows, columnTotals, Show(rows, columns), threshold);
    }
}
