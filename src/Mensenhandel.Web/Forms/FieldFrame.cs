using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Mensenhandel.Web.Forms;

/// <summary>
/// What every form field shares (NL Design System pattern): the wrapper, label, description and error
/// message, and the aria attributes that tie them to the control. The tag helpers add only the control.
/// </summary>
internal sealed class FieldFrame
{
    private FieldFrame() { }

    public string Name { get; private init; } = "";
    public string Id { get; private init; } = "";
    public ModelStateEntry? State { get; private init; }
    public bool Invalid { get; private init; }

    /// <summary>id, name, aria-describedby and aria-invalid for the control.</summary>
    public string ControlAttributes { get; private init; } = "";

    public static FieldFrame Open(TagHelperOutput output, ViewContext view, ModelExpression field, string fieldClass,
        string label, string? description, StringBuilder html)
    {
        var name = view.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = view.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList() ?? [];
        var invalid = errors.Count > 0;
        var enc = HtmlEncoder.Default;

        var describedBy = new List<string>();
        if (description is not null) describedBy.Add($"{id}-beschrijving");
        if (invalid) describedBy.Add($"{id}-fout");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"utrecht-form-field {fieldClass} mh-field" + (invalid ? " utrecht-form-field--invalid" : ""));

        html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{enc.Encode(label)}</label></div>");
        if (description is not null)
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-description\" id=\"{id}-beschrijving\">{enc.Encode(description)}</div>");
        if (invalid)
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-error-message\" id=\"{id}-fout\">{enc.Encode(string.Join(" ", errors))}</div>");

        return new FieldFrame
        {
            Name = name,
            Id = id,
            State = state,
            Invalid = invalid,
            ControlAttributes = $"id=\"{id}\" name=\"{enc.Encode(name)}\""
                + (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "")
                + (invalid ? " aria-invalid=\"true\"" : ""),
        };
    }
}
