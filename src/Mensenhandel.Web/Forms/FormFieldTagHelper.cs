using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Mensenhandel.Web.Forms;

/// <summary>
/// One NL Design System form field: label, optional description, the error message at the field, and the
/// input wired to both with aria-describedby and aria-invalid. Keeps what the user typed after an error
/// (except passwords). Usage: &lt;mh-field asp-for="Input.Email" label="E-mailadres" type="email" autocomplete="username" /&gt;
/// </summary>
[HtmlTargetElement("mh-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string? Description { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }
    public int? Maxlength { get; set; }
    public int Rows { get; set; }
    public bool Required { get; set; }
    public string? Width { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var html = new System.Text.StringBuilder();
        var enc = HtmlEncoder.Default;
        var frame = FieldFrame.Open(output, ViewContext, For, "utrecht-form-field--text", Label, Description, html);
        var invalid = frame.Invalid;
        var model = For.Model switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other?.ToString(),
        };
        var value = Type == "password" ? "" : frame.State?.AttemptedValue ?? model ?? "";

        var common = frame.ControlAttributes
            + (Required ? " required aria-required=\"true\"" : "")
            + (Maxlength is { } max ? $" maxlength=\"{max}\"" : "")
            + (Autocomplete is not null ? $" autocomplete=\"{enc.Encode(Autocomplete)}\"" : "");
        var widthClass = Width is not null ? $" mh-width-{enc.Encode(Width)}" : "";
        html.Append("<div class=\"utrecht-form-field__input\">");
        if (Rows > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea{(invalid ? " utrecht-textarea--invalid" : "")}{widthClass}\" rows=\"{Rows}\" {common}>{enc.Encode(value)}</textarea>");
        }
        else
        {
            var inputmode = Inputmode is not null ? $" inputmode=\"{enc.Encode(Inputmode)}\"" : "";
            html.Append(CultureInfo.InvariantCulture, $"<input class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}{widthClass}\" type=\"{enc.Encode(Type)}\" {common}{inputmode} value=\"{enc.Encode(value)}\" />");
        }
        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}

/// <summary>
/// The error summary at the top of a form (NL Design System pattern): every error, each linking to its field.
/// Renders nothing when the form is valid.
/// </summary>
[HtmlTargetElement("mh-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.IsValid)
        {
            output.SuppressOutput();
            return;
        }
        var enc = HtmlEncoder.Default;
        var items = new System.Text.StringBuilder();
        foreach (var (key, entry) in modelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid))
        {
            foreach (var error in entry!.Errors)
            {
                var message = enc.Encode(error.ErrorMessage);
                items.Append(key.Length == 0
                    ? $"<li>{message}</li>"
                    : $"<li><a class=\"utrecht-link utrecht-link--html-a\" href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{message}</a></li>");
            }
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-alert utrecht-alert--error mh-error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("id", "foutmeldingen");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Content.SetHtmlContent(
            "<div class=\"utrecht-alert__content\"><h2 class=\"utrecht-heading-2 mh-error-summary__title\">Er is iets niet goed gegaan</h2>"
            + $"<ul class=\"utrecht-unordered-list mh-list\">{items}</ul></div>");
    }
}
