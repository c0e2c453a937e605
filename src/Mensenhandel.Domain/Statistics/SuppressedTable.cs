namespace Mensenhandel.Domain.Statistics;

/// <summary>A row of a <see cref="SuppressedTable"/>: its cells in column order and its total.</summary>
public sealed record SuppressedRow(string Key, IReadOnlyList<SuppressedCount> Cells, SuppressedCount Total);

/// <summary>
/// A <see cref="FrequencyTable"/> after <see cref="Suppression.Apply"/>: what dashboards and exports show.
/// Built only by <see cref="Suppression"/>, so holding one means the rule has been applied.
/// </summary>
public sealed class SuppressedTable
{
    internal SuppressedTable(
        IReadOnlyList<string> columnKeys,
        IReadOnlyList<SuppressedRow> rows,
        IReadOnlyList<SuppressedCount> columnTotals,
        SuppressedCount grandTotal,
        int threshold)
    {
        ColumnKeys = columnKeys;
        Rows = rows;
        ColumnTotals = columnTotals;
        GrandTotal = grandTotal;
        Threshold = threshold;
    }

    public IReadOnlyList<string> ColumnKeys { get; }
    public IReadOnlyList<SuppressedRow> Rows { get; }
    public IReadOnlyList<SuppressedCount> ColumnTotals { get; }
    public SuppressedCount GrandTotal { get; }
    public int Threshold { get; }

    public SuppressedCount this[int row, int column] => Rows[row].Cells[column];
}
