namespace Mensenhandel.Domain.Reports;

/// <summary>
/// A signal (signaal) a melder can tick. Recorded as an observed fact, never added up into a "victim score".
/// Seeded from <see cref="IndicatorCatalogue"/>; an administrator may later edit texts or retire one.
/// </summary>
public sealed class Indicator
{
    private Indicator() { }

    public Indicator(string code, ExploitationForm? form, string text, int sortOrder, string? source = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Code = code;
        Form = form;
        Text = text;
        SortOrder = sortOrder;
        Source = source;
        IsActive = true;
    }

    public string Code { get; private set; } = "";

    /// <summary>The form of exploitation the signal points to; null for signals common to every form.</summary>
    public ExploitationForm? Form { get; private set; }

    public string Text { get; private set; } = "";
    public int SortOrder { get; private set; }

    /// <summary>Attribution when the text is quoted from a published list.</summary>
    public string? Source { get; private set; }

    public bool IsActive { get; private set; }

    public void Retire() => IsActive = false;
}
