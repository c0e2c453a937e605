using System.Net;
using AngleSharp.Dom;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Melden;

public sealed class MeldenValidationTests(MeldenPortal portal) : IClassFixture<MeldenPortal>
{
    private async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(ReportFields fields)
    {
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();
        var response = await client.PostReportAsync(hidden, fields);
        return (response, await Html.ParseAsync(response));
    }

    private static IReadOnlyList<(string Target, string Message)> Summary(IDocument page) =>
        [.. page.QuerySelectorAll("#foutoverzicht a").Select(a => (a.GetAttribute("href")!.TrimStart('#'), a.Text()))];

    [Fact]
    public async Task An_empty_form_stores_nothing_and_shows_every_required_error_linked_to_its_field()
    {
        var (response, page) = await PostAsync(new ReportFields());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await portal.CountReportsAsync());
        var summary = Summary(page);
        Assert.Equal(
            ["Input_AcuteDanger", "Input_Forms", "Input_Description", "Input_Municipality", "Input_AgeGroup", "Input_Consent", "Input_Anonymous", "Input_Sector"],
            summary.Select(s => s.Target));
        foreach (var (target, message) in summary)
        {
            var field = page.GetElementById(target);
            Assert.NotNull(field);
            var fieldError = page.GetElementById($"{target}-fout");
            Assert.NotNull(fieldError);
            Assert.Contains(message, fieldError.Text());
            // The message is tied to the field, or to the group (fieldset) the field is in.
            var describedBy = (field.GetAttribute("aria-describedby") ?? "") + " " + (field.Closest("fieldset")?.GetAttribute("aria-describedby") ?? "");
            Assert.Contains($"{target}-fout", describedBy);
        }
        Assert.StartsWith("Fout:", page.Title);
    }

    [Fact]
    public async Task A_named_melder_without_phone_or_email_is_asked_for_one_and_every_value_is_kept()
    {
        var fields = ReportFields.Valid().Remove("Input.Phone").Remove("Input.Email").Set("Input.ObservedOn", "2999-01-01");

        var (_, page) = await PostAsync(fields);

        Assert.Equal(["Input_ObservedOn", "Input_Phone"], Summary(page).Select(s => s.Target));
        Assert.Equal(0, await portal.CountReportsAsync());
        Assert.Equal(fields["Input.Description"], page.QuerySelector("#Input_Description")!.TextContent);
        Assert.Equal(fields["Input.ReporterName"], page.GetElementById("Input_ReporterName")!.GetAttribute("value"));
        Assert.Equal(fields["Input.PlaceDescription"], page.GetElementById("Input_PlaceDescription")!.GetAttribute("value"));
        Assert.Equal("2999-01-01", page.GetElementById("Input_ObservedOn")!.GetAttribute("value"));
        Assert.Equal("GM0361", page.QuerySelector("#Input_Municipality option[selected]")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("input[name='Input.Forms'][value=Labour]")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input[name='Input.Indicators'][value='ILO-07']")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input[name='Input.AgeGroup'][value=From18To23]")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input[name='Input.Sector'][value=Education]")!.HasAttribute("checked"));
    }

    public static TheoryData<string, string, string> BadInput => new()
    {
        { "Input.Description", new string('x', 4001), "Input_Description" },
        { "Input.Description", new string('x', 200_000), "Input_Description" },
        { "Input.OtherSignals", new string('x', 501), "Input_OtherSignals" },
        { "Input.Municipality", "GM9999", "Input_Municipality" },
        { "Input.Municipality", "<script>", "Input_Municipality" },
        { "Input.Indicators", "ILO-99", "Input_Indicators" },
        { "Input.Forms", "Slavery", "Input_Forms" },
        { "Input.Forms", "7", "Input_Forms" },
        { "Input.AgeGroup", "Sexual, Labour", "Input_AgeGroup" },
        { "Input.Consent", "1", "Input_Consent" },
        { "Input.ObservedOn", "2999-12-31", "Input_ObservedOn" },
        { "Input.ObservedOn", "1899-12-31", "Input_ObservedOn" },
        { "Input.ObservedOn", "31-02-2026", "Input_ObservedOn" },
        { "Input.ObservedOn", "gisteren", "Input_ObservedOn" },
        { "Input.Email", "geen-adres", "Input_Email" },
        { "Input.Phone", "bel me", "Input_Phone" },
        { "Input.Description", "\u0001\u0002\u0003 \t", "Input_Description" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gives_a_Dutch_field_error_and_stores_nothing(string field, string value, string expectedTarget)
    {
        var fields = ReportFields.Valid();
        if (field == "Input.Indicators") fields.Add(field, value); else fields.Set(field, value);

        var (response, page) = await PostAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expectedTarget], Summary(page).Select(s => s.Target));
        Assert.Equal(0, await portal.CountReportsAsync());
    }

    [Fact]
    public async Task A_NUL_character_is_refused_by_the_form_reader_with_a_Dutch_400_page_and_stores_nothing()
    {
        // ASP.NET Core's form decoder refuses %00 before any handler runs; browsers never send it.
        var (response, page) = await PostAsync(ReportFields.Valid().Set("Input.Description", "a\u0000b"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Verzoek niet verwerkt", page.QuerySelector("h1").Text());
        Assert.Equal(0, await portal.CountReportsAsync());
    }

    [Fact]
    public async Task An_XSS_canary_in_every_field_is_rendered_encoded()
    {
        const string canary = "<script>alert('mh-xss-1')</script><img src=x onerror=alert(2)>";
        var fields = new ReportFields();
        foreach (var name in new[] { "Description", "OtherSignals", "PlaceDescription", "Nationality", "Languages", "VictimName", "ReporterName", "Organisation", "Phone", "Email", "ObservedOn", "Municipality", "AgeGroup" })
            fields.Set($"Input.{name}", canary);
        fields.Add("Input.Forms", canary).Add("Input.Indicators", canary).Set("Input.Anonymous", "No").Set("Input.Consent", "Given");

        var (response, page) = await PostAsync(fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;mh-xss-1&#x27;)&lt;/script&gt;", html);
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src")));
        Assert.Equal(0, await portal.CountReportsAsync());
    }
}
