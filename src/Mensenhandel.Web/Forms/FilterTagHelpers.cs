using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Mensenhandel.Web.Forms;

/// <summary>
/// Controls of a GET filter form (queue pages). Their names are the Dutch query parameters, not model
/// expressions, so a filtered list has a readable, bookmarkable URL.
/// </summary>
[HtmlTargetElement("mh-filter-check", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FilterCheckTagHelper(HtmlEncoder encoder) : TagHelper
{
    public string Name { get; set; } = "";
    public string Label { get; set; } = "";
    public bool Checked { get; set; }

    /// <summary>The value sent when checked; several checkboxes with one name and different values make a list.</summary>
    public string Value { get; set; } = "true";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = encoder.Encode(Name);
        var id = Value == "true" ? $"filter-{name}" : $"{name}-{encoder.Encode(Value)}";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field utrecht-form-field--checkbox mh-check");
        output.Content.SetHtmlContent(
            $"<input class=\"utrecht-checkbox utrecht-checkbox--html-input\" type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"{encoder.Encode(Value)}\"{(Checked ? " checked" : "")} />" +
            $"<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{id}\">{encoder.Encode(Label)}</label>");
    }
}

/// <summary>A labelled select or search box of a GET filter form.</summary>
[HtmlTargetElement("mh-filter-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FilterFieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    public string Name { get; set; } = "";
    public string Label { get; set; } = "";
    public string? Value { get; set; }

    /// <summary>Options of a select; without them the field is a search box.</summary>
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>Options of a select from a long reference list encoded once; used instead of <see cref="Items"/> when set.</summary>
    public PreRenderedOptions? Options { get; set; }

    /// <summary>The first option of a select, meaning "no filter".</summary>
    public string? Placeholder { get; set; }

    public string? Error { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = encoder.Encode(Name);
        var id = $"filter-{name}";
        var invalid = !string.IsNullOrEmpty(Error);
        var described = invalid ? $" aria-describedby=\"{id}-fout\" aria-invalid=\"true\"" : "";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field mh-field" + (invalid ? " utrecht-form-field--invalid" : ""));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{encoder.Encode(Label)}</label></div>");
        if (invalid) html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-error-message\" id=\"{id}-fout\">{encoder.Encode(Error!)}</div>");
        html.Append("<div class=\"utrecht-form-field__input\">");
        if (Items is null && Options is null)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<input class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}\" type=\"search\" id=\"{id}\" name=\"{name}\" value=\"{encoder.Encode(Value ?? "")}\" maxlength=\"40\" autocomplete=\"off\"{described} />");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<select class=\"utrecht-select utrecht-select--html-select\" id=\"{id}\" name=\"{name}\"{described}>");
            if (Placeholder is not null) html.Append(CultureInfo.InvariantCulture, $"<option value=\"\">{encoder.Encode(Placeholder)}</option>");
            if (Options is not null)
            {
                output.Content.SetHtmlContent(html.ToString());
                Options.AppendTo(output.Content, Value);
                output.Content.AppendHtml("</select></div>");
                return;
            }
            foreach (var item in Items!)
            {
                var selected = string.Equals(item.Value, Value, StringComparison.Ordinal) ? " selected" : "";
                html.Append(CultureInfo.InvariantCulture, $"<option value=\"{encoder.Encode(item.Value)}\"{selected}>{encoder.Encode(item.Text)}</option>");
            }
            html.Append("</select>");
        }
        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
