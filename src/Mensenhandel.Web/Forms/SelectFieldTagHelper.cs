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
    public string Label { get; set; } = "";
    public string? Description { get; set; }
    public string? Placeholder { get; set; }
    public bool Required { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList() ?? [];
        var invalid = errors.Count > 0;
        var selected = state?.AttemptedValue ?? For.Model?.ToString() ?? "";
        var enc = HtmlEncoder.Default;

        var describedBy = new List<string>();
        if (Description is not null) describedBy.Add($"{id}-beschrijving");
        if (invalid) describedBy.Add($"{id}-fout");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field utrecht-form-field--select mh-field" + (invalid ? " utrecht-form-field--invalid" : ""));

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{enc.Encode(Label)}</label></div>");
        if (Description is not null)
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-description\" id=\"{id}-beschrijving\">{enc.Encode(Description)}</div>");
        if (invalid)
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-error-message\" id=\"{id}-fout\">{enc.Encode(string.Join(" ", errors))}</div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field__input\"><select class=\"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : "")}\" id=\"{id}\" name=\"{enc.Encode(name)}\"")
            .Append(describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "")
            .Append(invalid ? " aria-invalid=\"true\"" : "")
            .Append(Required ? " required aria-required=\"true\"" : "")
            .Append('>');
        if (Placeholder is not null) html.Append(CultureInfo.InvariantCulture, $"<option value=\"\">{enc.Encode(Placeholder)}</option>");
        foreach (var item in Items)
        {
            var isSelected = string.Equals(item.Value, selected, StringComparison.Ordinal);
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{enc.Encode(item.Value)}\"{(isSelected ? " selected" : "")}>{enc.Encode(item.Text)}</option>");
        }
        html.Append("</select></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
