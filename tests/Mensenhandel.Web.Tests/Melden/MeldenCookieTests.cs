using Mensenhandel.Web.Tests.Foundation;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Melden;

public sealed class MeldenCookieTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Fact]
    public async Task Outside_Development_the_form_and_receipt_cookies_are_Host_prefixed_secure_and_strict()
    {
        var client = portal.CreatePortalClient();
        var form = await client.GetAsync("/melden");
        var hidden = ReportForms.HiddenFields(await Html.ParseAsync(form));
        var accepted = await client.PostReportAsync(hidden, ReportFields.Valid());

        var cookies = form.Headers.GetValues("Set-Cookie").Concat(accepted.Headers.GetValues("Set-Cookie")).ToList();
        var antiforgery = Assert.Single(cookies, c => c.StartsWith("__Host-Mensenhandel-Antiforgery=", StringComparison.Ordinal));
        var tempData = Assert.Single(cookies, c => c.StartsWith("__Host-Mensenhandel-TempData=", StringComparison.Ordinal));
        foreach (var cookie in new[] { antiforgery, tempData })
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
