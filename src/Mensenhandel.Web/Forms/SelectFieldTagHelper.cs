using System.Text;
using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Mensenhandel.Web.Forms;

/// <summary>
/// A select field in the NL Design System shape, with the same label, description and error wiring as
/// &lt;mh-field&gt;. The posted value is kept after an error.
/// </summary>
[HtmlTargetElement("mh-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;
    [HtmlAttributeName("asp-items")] public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>A long reference list encoded once; used instead of <see cref="Items"/> when set.</summary>
    [HtmlAttributeName("asp-options")] public PreRenderedOptions? Options { get; set; }
    public string Label { get; set; } = "";
    public string? Description { get; set; }
    public string? Placeholder { get; set; }
    public bool Required { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var html = new StringBuilder();
        var enc = HtmlEncoder.Default;
        var frame = FieldFrame.Open(output, ViewContext, For, "utrecht-form-field--select", Label, Description, html);
        var invalid = frame.Invalid;
        var selected = frame.State?.AttemptedValue ?? For.Model?.ToString() ?? "";
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field__input\"><select class=\"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : "")}\" {frame.ControlAttributes}")
            .Append(Required ? " required aria-required=\"true\"" : "")
            .Append('>');
        if (Placeholder is not null) html.Append(CultureInfo.InvariantCulture, $"<option value=\"\">{enc.Encode(Placeholder)}</option>");
        if (Options is not null)
        {
            output.Content.SetHtmlContent(html.ToString());
            Options.AppendTo(output.Content, selected);
            output.Content.AppendHtml("</select></div>");
            return;
        }
        foreach (var item in Items)
        {
            var isSelected = string.Equals(item.Value, selected, StringComparison.Ordinal);
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{enc.Encode(item.Value)}\"{(isSelected ? " selected" : "")}>{enc.Encode(item.Text)}</option>");
        }
        html.Append("</select></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
