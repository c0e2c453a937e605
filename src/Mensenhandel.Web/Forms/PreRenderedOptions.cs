using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Mensenhandel.Web.Forms;

/// <summary>
/// The &lt;option&gt; elements of a long reference list (342 municipalities), encoded once instead of on every
/// request and for every select that offers them. A select marks its chosen option by splitting the HTML where
/// that option's start tag ends, so the output is the same as encoding the items one by one.
/// Build one per version of the reference data; it never changes after construction.
/// </summary>
public sealed class PreRenderedOptions
{
    private readonly string _html;
    private readonly Dictionary<string, int> _selectAt;

    /// <param name="items">Options in display order; their values must be unique (one option per value can be selected).</param>
    public PreRenderedOptions(IEnumerable<SelectListItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        // The same encoder as the tag helpers that render these lists item by item.
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder();
        _selectAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = item.Value ?? "";
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{encoder.Encode(value)}\"");
            if (!_selectAt.TryAdd(value, html.Length)) throw new ArgumentException($"Two options have the value '{value}'.", nameof(items));
            html.Append(CultureInfo.InvariantCulture, $">{encoder.Encode(item.Text ?? "")}</option>");
        }
        _html = html.ToString();
    }

    /// <summary>Appends the options, with the one whose value equals <paramref name="selected"/> (ordinal) marked selected.</summary>
    public void AppendTo(IHtmlContentBuilder builder, string? selected)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (selected is null || !_selectAt.TryGetValue(selected, out var at))
        {
            builder.AppendHtml(_html);
            return;
        }
        builder.AppendHtml(_html[..at]).AppendHtml(" selected").AppendHtml(_html[at..]);
    }
}
