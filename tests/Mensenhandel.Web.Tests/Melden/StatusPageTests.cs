using System.Net;
using AngleSharp.Dom;
using Mensenhandel.Web.Tests.Infrastructure;

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
    public async Task The_21st_submission_within_a_minute_gets_429_with_Retry_After_and_a_Dutch_page()
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
        Assert.Equal("Even geduld", page.QuerySelector("h1").Text());
        Assert.Equal(0, await portal.CountReportsAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/melden")).StatusCode); // opening the form is not limited
    }

    [Fact]
    public async Task Guessing_follow_up_codes_is_rate_limited()
    {
        await using var portal = new PortalFactory();
        await portal.InitializeAsync();
        var client = portal.CreatePortalClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await client.AskStatusAsync("MH-2026-000001", "0000-0000-0000-0000-0000-0000-0000-0000")).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }
}
