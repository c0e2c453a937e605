using Mensenhandel.Web.Forms;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Mensenhandel.Web.Tests.Foundation;

/// <summary>Reference lists encoded once must render exactly as the select tag helpers render items one by one.</summary>
public sealed class PreRenderedOptionsTests
{
    private static readonly PreRenderedOptions Options = new([
        new SelectListItem("Súdwest-Fryslân", "GM1900"),
        new SelectListItem("A & B <c>", "GM0001"),
        new SelectListItem("Zaanstad", "GM0479"),
    ]);

    private static string Render(string? selected)
    {
        var builder = new HtmlContentBuilder();
        Options.AppendTo(builder, selected);
        using var writer = new StringWriter();
        builder.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void Names_and_codes_are_html_encoded_in_list_order_and_nothing_is_selected_without_a_value()
    {
        Assert.Equal(
            "<option value=\"GM1900\">S&#xFA;dwest-Frysl&#xE2;n</option><option value=\"GM0001\">A &amp; B &lt;c&gt;</option><option value=\"GM0479\">Zaanstad</option>",
            Render(null));
    }

    [Fact]
    public void The_chosen_code_is_the_only_selected_option()
    {
        Assert.Equal(
            "<option value=\"GM1900\">S&#xFA;dwest-Frysl&#xE2;n</option><option value=\"GM0001\" selected>A &amp; B &lt;c&gt;</option><option value=\"GM0479\">Zaanstad</option>",
            Render("GM0001"));
        Assert.StartsWith("<option value=\"GM1900\" selected>", Render("GM1900"), StringComparison.Ordinal);
        Assert.EndsWith("<option value=\"GM0479\" selected>Zaanstad</option>", Render("GM0479"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GM9999")]
    [InlineData("gm0479")]
    [InlineData("")]
    public void An_unknown_or_differently_cased_code_selects_nothing(string selected) =>
        Assert.DoesNotContain("selected", Render(selected), StringComparison.Ordinal);

    [Fact]
    public void Two_options_with_one_value_are_refused() =>
        Assert.Throws<ArgumentException>(() => new PreRenderedOptions([new SelectListItem("A", "GM0001"), new SelectListItem("B", "GM0001")]));
}
