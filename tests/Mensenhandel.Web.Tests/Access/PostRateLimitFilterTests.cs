using System.Net;
using System.Threading.RateLimiting;
using Mensenhandel.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mensenhandel.Web.Tests.Access;

/// <summary>The filter on its own: what it counts, and a refused page that cannot show its form again.</summary>
public sealed class PostRateLimitFilterTests : IDisposable
{
    private readonly PostRateLimits _limits = new(new Dictionary<string, PartitionedRateLimiter<HttpContext>>(StringComparer.Ordinal)
    {
        ["test"] = PartitionedRateLimiter.Create<HttpContext, string>(c => RateLimitPartition.GetFixedWindowLimiter(
            c.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions { PermitLimit = 1, Window = TimeSpan.FromHours(1) })),
    });

    public void Dispose() => _limits.Dispose();

    [Fact]
    public async Task A_page_that_cannot_show_its_form_again_gets_429_with_Retry_After_and_its_handler_does_not_run()
    {
        var filter = new PostRateLimitFilter(_limits, NullLogger<PostRateLimitFilter>.Instance);

        Assert.True(await RunAsync(filter, Context("POST", limited: true)));
        var refused = Context("POST", limited: true);
        Assert.False(await RunAsync(filter, refused));

        Assert.Equal(StatusCodes.Status429TooManyRequests, Assert.IsType<StatusCodeResult>(refused.Result).StatusCode);
        Assert.True(int.Parse(refused.HttpContext.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task GETs_and_pages_without_a_limit_are_never_counted()
    {
        var filter = new PostRateLimitFilter(_limits, NullLogger<PostRateLimitFilter>.Instance);

        for (var i = 0; i < 3; i++)
        {
            Assert.True(await RunAsync(filter, Context("GET", limited: true)));
            Assert.True(await RunAsync(filter, Context("POST", limited: false)));
        }
        Assert.True(await RunAsync(filter, Context("POST", limited: true)));
    }

    private static PageHandlerExecutingContext Context(string method, bool limited)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.7");
        var descriptor = new CompiledPageActionDescriptor { EndpointMetadata = limited ? [new LimitPostsAttribute("test")] : [] };
        var page = new PageContext(new Microsoft.AspNetCore.Mvc.ActionContext(http, new RouteData(), descriptor));
        return new PageHandlerExecutingContext(page, [], handlerMethod: null, new Dictionary<string, object?>(), handlerInstance: new object());
    }

    /// <summary>True when the handler ran.</summary>
    private static async Task<bool> RunAsync(PostRateLimitFilter filter, PageHandlerExecutingContext context)
    {
        var ran = false;
        await filter.OnPageHandlerExecutionAsync(context, () =>
        {
            ran = true;
            return Task.FromResult(new PageHandlerExecutedContext(new PageContext(context), [], null, context.HandlerInstance));
        });
        return ran;
    }
}
