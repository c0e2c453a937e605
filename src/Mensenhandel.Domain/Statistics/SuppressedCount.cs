using System.Globalization;

namespace Mensenhandel.Domain.Statistics;

/// <summary>
/// A figure as it may be shown: the number, or hidden. A hidden figure does not carry its true value, so no
/// view or export can leak it by accident.
/// </summary>
public readonly record struct SuppressedCount
{
    private SuppressedCount(int? value, int threshold)
    {
        Value = value;
        Threshold = threshold;
    }

    /// <summary>The number, or null when hidden.</summary>
    public int? Value { get; }

    public int Threshold { get; }

    public bool IsSuppressed => Value is null;

    internal static SuppressedCount Visible(int value, int threshold) => new(value, threshold);

    internal static SuppressedCount Suppressed(int threshold) => new(null, threshold);

    /// <summary>
    /// The number in invariant digits (no thousands separator, safe for CSV), or "&lt;5". A cell hidden to protect
    /// another one is usually 5 or more but reads "&lt;5" too: showing it differently would tell which hidden cells
    /// are the small ones. Views show <see cref="Suppression.Legend(int)"/> next to the figures for that reason.
    /// </summary>
    public override string ToString() =>
        Value is { } value
            ? value.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"<{Threshold}");
}
