namespace Mensenhandel.Domain.Statistics;

/// <summary>
/// True counts of people per row and column (for example municipality × form of exploitation), with the totals
/// computed from the cells. Never shown as is: every figure leaves the domain through <see cref="Suppression.Apply"/>.
/// </summary>
public sealed class FrequencyTable
{
    private readonly int[,] _counts;
    private readonly int[] _rowTotals;
    private readonly int[] _columnTotals;

    public FrequencyTable(IEnumerable<string> rowKeys, IEnumerable<string> columnKeys, int[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        RowKeys = DistinctKeys(rowKeys, nameof(rowKeys));
        ColumnKeys = DistinctKeys(columnKeys, nameof(columnKeys));
        if (counts.GetLength(0) != RowKeys.Count || counts.GetLength(1) != ColumnKeys.Count)
            throw new ArgumentException("The counts must have one row per row key and one column per column key.", nameof(counts));

        _counts = (int[,])counts.Clone();
        _rowTotals = new int[RowKeys.Count];
        _columnTotals = new int[ColumnKeys.Count];
        for (var row = 0; row < RowKeys.Count; row++)
        {
            for (var column = 0; column < ColumnKeys.Count; column++)
            {
                var count = _counts[row, column];
                ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
                _rowTotals[row] = checked(_rowTotals[row] + count);
                _columnTotals[column] = checked(_columnTotals[column] + count);
                GrandTotal = checked(GrandTotal + count);
            }
        }
    }

    /// <summary>A list of counts with a total, such as people per municipality: a table with one column.</summary>
    public static FrequencyTable SingleColumn(string columnKey, IEnumerable<KeyValuePair<string, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(columnKey);
        ArgumentNullException.ThrowIfNull(counts);
        var rows = counts.ToList();
        var cells = new int[rows.Count, 1];
        for (var row = 0; row < rows.Count; row++) cells[row, 0] = rows[row].Value;
        return new FrequencyTable(rows.Select(r => r.Key), [columnKey], cells);
    }

    public IReadOnlyList<string> RowKeys { get; }
    public IReadOnlyList<string> ColumnKeys { get; }
    public int GrandTotal { get; }

    public int this[int row, int column] => _counts[row, column];
    public int RowTotal(int row) => _rowTotals[row];
    public int ColumnTotal(int column) => _columnTotals[column];

    private static List<string> DistinctKeys(IEnumerable<string> keys, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(keys, parameterName);
        var list = keys.ToList();
        if (list.Distinct(StringComparer.Ordinal).Count() != list.Count)
            throw new ArgumentException("Keys must be unique.", parameterName);
        return list;
    }
}
