using System.Net;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Foundation;

public sealed class ProductionPortal : PortalFactory
{
    public ProductionPortal()
    {
        EnvironmentName = "Production";
        WithSetting("SecurityTxt:Contact", "mailto:security@gemeente.example");
        WithWebHost(builder => builder.AddThrowingEndpoint());
    }
}

public sealed class SecurityHeadersTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/", HttpStatusCode.OK },
        { "/bestaat-niet", HttpStatusCode.NotFound },
        { ThrowingEndpoint.Path, HttpStatusCode.InternalServerError },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode expected)
    {
        var response = await portal.CreatePortalClient().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        Assert.Matches(@"^max-age=(\d+)", hsts);
        Assert.True(int.Parse(hsts.Split('=', ';')[1], System.Globalization.CultureInfo.InvariantCulture) >= 31_536_000);
        Assert.False(response.Headers.Contains("Server"));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "");
    }

    [Fact]
    public async Task The_CSP_leaves_no_room_for_inline_script_or_style()
    {
        var response = await portal.CreatePortalClient().GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=\"", html);
    }

    [Fact]
    public async Task An_unhandled_error_shows_a_Dutch_page_without_exception_details()
    {
        var response = await portal.CreatePortalClient().GetAsync(ThrowingEndpoint.Path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Er ging iets mis", html);
        Assert.DoesNotContain(ThrowingEndpoint.Secret, html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("at Mensenhandel", html);
    }

    [Fact]
    public async Task An_unknown_page_shows_the_Dutch_not_found_page()
    {
        var response = await portal.CreatePortalClient().GetAsync("/bestaat-niet");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Methods_the_portal_does_not_use_answer_405(string method)
    {
        var response = await portal.CreatePortalClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/.git/config")]
    [InlineData("/swagger")]
    [InlineData("/swagger/index.html")]
    [InlineData("/appsettings.json")]
    public async Task Files_and_tools_that_do_not_belong_to_the_portal_answer_404(string path)
    {
        var response = await portal.CreatePortalClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Security_txt_names_a_contact_and_a_future_expiry()
    {
        var response = await portal.CreatePortalClient().GetAsync("/.well-known/security.txt");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Matches("(?m)^Contact: mailto:security@gemeente.example$", body);
        var expires = DateTimeOffset.Parse(
            body.Split('\n').Single(l => l.StartsWith("Expires: ", StringComparison.Ordinal))["Expires: ".Length..],
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expires > DateTimeOffset.UtcNow);
        Assert.True(expires < DateTimeOffset.UtcNow.AddYears(1));
    }

    [Fact]
    public async Task Without_a_configured_contact_production_serves_no_security_txt_and_warns()
    {
        await using var unconfigured = new PortalFactory { EnvironmentName = "Production" };
        await unconfigured.InitializeAsync();

        var response = await unconfigured.CreatePortalClient().GetAsync("/.well-known/security.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(unconfigured.Log.Lines(), line => line.Contains("SecurityTxt:Contact is not set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_response_gets_a_correlation_id_and_keeps_a_safe_incoming_one()
    {
        var client = portal.CreatePortalClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Correlation-Id", "keten-123");
        var forged = new HttpRequestMessage(HttpMethod.Get, "/");
        forged.Headers.TryAddWithoutValidation("X-Correlation-Id", "a b\"c");

        var kept = await client.SendAsync(request);
        var replaced = await client.SendAsync(forged);

        Assert.Equal("keten-123", kept.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Matches("^[0-9a-f]{32}$", replaced.Headers.GetValues("X-Correlation-Id").Single());
    }
}

public sealed class DevelopmentHeadersTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Development_sends_no_HSTS_so_localhost_stays_usable_over_http()
    {
        var response = await portal.CreatePortalClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
