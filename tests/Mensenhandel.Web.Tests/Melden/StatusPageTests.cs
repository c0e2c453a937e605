using System.Net;
using AngleSharp.Dom;
using Mensenhandel.Web.Tests.Infrastructure;
using Mensenhandel.Web.Tests.Scale;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Melden;

public sealed class StatusPageTests(MeldenPortal portal) : IClassFixture<MeldenPortal>
{
    private async Task<(HttpResponseMessage Response, IDocument Page)> AskStatusAsync(string reference, string code)
    {
        var response = await portal.CreatePortalClient().AskStatusAsync(reference, code);
        return (response, await Html.ParseAsync(response));
    }

    [Fact]
    public async Task The_right_code_shows_the_coarse_status_and_nothing_else()
    {
        const string canary = "statuspagina-kanarie-3f9c";
        var submitted = await portal.SubmitReportAsync(change: f => f
            .Set("Input.Description", canary).Set("Input.PlaceDescription", canary).Set("Input.ReporterName", canary));

        var (response, page) = await AskStatusAsync(submitted.Reference.ToLowerInvariant(), submitted.FollowUpCode.Replace("-", " ", StringComparison.Ordinal));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ontvangen", page.GetElementById("status").Text());
        Assert.DoesNotContain(canary, html);
        Assert.DoesNotContain("Alkmaar", html);
        Assert.DoesNotContain("Noord-Holland", html);
        Assert.DoesNotContain(submitted.FollowUpCode, html);
    }

    [Fact]
    public async Task A_wrong_code_and_an_unknown_reference_get_the_same_answer_and_no_status()
    {
        var submitted = await portal.SubmitReportAsync();
        var wrongCode = string.Concat(submitted.FollowUpCode.Select(c => c == '-' ? c : c == 'A' ? 'B' : 'A'));

        var (_, wrong) = await AskStatusAsync(submitted.Reference, wrongCode);
        var (_, unknown) = await AskStatusAsync("MH-2026-999999", submitted.FollowUpCode);
        var (_, garbage) = await AskStatusAsync(submitted.Reference, "<script>alert(1)</script>");

        Assert.Null(wrong.GetElementById("status"));
        Assert.Null(unknown.GetElementById("status"));
        Assert.Null(garbage.GetElementById("status"));
        Assert.Equal(wrong.GetElementById("Input_Code-fout").Text(), unknown.GetElementById("Input_Code-fout").Text());
        Assert.Equal(wrong.GetElementById("Input_Code-fout").Text(), garbage.GetElementById("Input_Code-fout").Text());
        Assert.Equal("", wrong.GetElementById("Input_Code")!.GetAttribute("value") ?? "");
    }
}

public sealed class RateLimitTests
{
    [Fact]
    public async Task The_21st_submission_within_a_minute_gets_429_with_Retry_After_and_the_form_as_it_was_sent()
    {
        await using var portal = new PortalFactory();
        await portal.InitializeAsync();
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();

        for (var i = 1; i <= 20; i++)
        {
            var accepted = await client.PostReportAsync(hidden, new ReportFields()); // invalid forms count too
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        var refused = await client.PostReportAsync(hidden, ReportFields.Valid());
        var page = await Html.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("Melding doen", page.QuerySelector("h1").Text());
        Assert.Contains("te veel meldingen verstuurd", page.QuerySelector("#foutoverzicht").Text(), StringComparison.Ordinal);
        Assert.Equal(ReportFields.Valid().Get("Input.Description"), page.QuerySelector("#Input_Description").Text());
        Assert.Equal(0, await portal.CountReportsAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/melden")).StatusCode); // opening the form is not limited
    }

    [Fact]
    public async Task A_refused_melding_sent_again_from_the_page_it_came_back_on_is_stored_once_with_everything_typed()
    {
        await using var portal = new PortalFactory()
            .WithSetting("RateLimits:Melden:PermitLimit", "1")
            .WithSetting("RateLimits:Melden:Window", "00:00:02");
        await portal.InitializeAsync();
        var client = portal.CreatePortalClient();
        var hidden = await client.OpenFormAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.PostReportAsync(hidden, new ReportFields())).StatusCode);

        var fields = ReportFields.Valid();
        var refused = await client.PostReportAsync(hidden, fields);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        // Every value is back in the form, checkboxes and choices included.
        Assert.Equal(fields.Get("Input.Description"), page.QuerySelector("#Input_Description").Text());
        Assert.Equal(fields.Get("Input.Municipality"), page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Input_Municipality")?.Value
            ?? page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Municipality")?.Value);
        Assert.NotNull(page.QuerySelector("input[name='Input.Forms'][value=Labour][checked]"));
        Assert.NotNull(page.QuerySelector("input[name='Input.Indicators'][value=ILO-07][checked]"));

        // After the wait the signaler sends the page as it stands; a second click stores nothing more.
        var sent = await TwoInstanceSettings.EventuallyAsync(
            () => client.SubmitAsync(page, ReportForms.FormPath, new Dictionary<string, string>(), "form.mh-form"),
            r => r.StatusCode != HttpStatusCode.TooManyRequests, "the limit's window passes");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await TwoInstanceSettings.EventuallyAsync(
            () => client.SubmitAsync(page, ReportForms.FormPath, new Dictionary<string, string>(), "form.mh-form"),
            r => r.StatusCode != HttpStatusCode.TooManyRequests, "the limit's window passes again");

        Assert.Equal(1, await portal.CountReportsAsync());
        var stored = await portal.WithDbAsync(db => db.Reports.Include(r => r.Forms).AsNoTracking().SingleAsync());
        Assert.Equal(fields.Get("Input.Municipality"), stored.MunicipalityCode);
        Assert.Equal(2, stored.Forms.Count);
    }

    [Fact]
    public async Task Guessing_follow_up_codes_is_rate_limited_and_the_refusal_keeps_the_reference_but_not_the_code()
    {
        await using var portal = new PortalFactory();
        await portal.InitializeAsync();
        var client = portal.CreatePortalClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await client.AskStatusAsync("MH-2026-000001", "0000-0000-0000-0000-0000-0000-0000-0000")).StatusCode);
        }
        var refused = await client.AskStatusAsync("MH-2026-000001", "1111-1111-1111-1111-1111-1111-1111-1111");
        var page = await Html.ParseAsync(refused);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("te vaak een status opgevraagd", page.QuerySelector("#foutoverzicht").Text(), StringComparison.Ordinal);
        Assert.Equal("MH-2026-000001", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Reference")!.Value);
        Assert.Equal("", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Code")!.Value);
    }
}
