using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Infrastructure;

/// <summary>
/// Per-client limits on the POSTs anyone can send without an account (section "RateLimits"): the melding, the
/// status check and the sign-in pages. Per instance only: a backstop against floods, code guessing and password
/// spraying, not an exact quota; the lockout of an account after 5 failures, kept in the database, is the real
/// control against guessing one account's password. The client is the connection's address, which
/// UseForwardedHeaders sets from trusted proxies only. GETs are never limited.
/// <para>
/// A refused POST answers 429 with Retry-After. It is refused in a page filter (<see cref="PostRateLimitFilter"/>),
/// not in the rate-limiting middleware, so that a page can show its form again with what the visitor typed and
/// a Dutch message to wait (<see cref="IKeepsInputWhenRateLimited"/>): a signaler behind a busy shared address
/// must not lose a melding they wrote. A page without that gets the Dutch error page, as from the middleware.
/// Nothing of a refused POST is handled or stored.
/// </para>
/// </summary>
public static class PortalRateLimits
{
    public const string Submissions = "melden";
    public const string StatusChecks = "melden-status";

    /// <summary>
    /// Every POST of the sign-in pages (password, code, recovery code, forgotten password, reset, activation),
    /// counted together per client. Generous, as a whole office may sign in from one address in the morning.
    /// </summary>
    public const string SignIn = "inloggen";

    public const int SignInPermits = 60;

    public static void AddPortalRateLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(new PostRateLimits(new Dictionary<string, PartitionedRateLimiter<HttpContext>>(StringComparer.Ordinal)
        {
            [Submissions] = PerClient(Submissions, configuration.GetSection("RateLimits:Melden"), permits: 20, window: TimeSpan.FromMinutes(1)),
            [StatusChecks] = PerClient(StatusChecks, configuration.GetSection("RateLimits:Status"), permits: 10, window: TimeSpan.FromMinutes(5)),
            [SignIn] = PerClient(SignIn, configuration.GetSection("RateLimits:Inloggen"), permits: SignInPermits, window: TimeSpan.FromMinutes(1)),
        }));
        builder.Services.AddSingleton<PostRateLimitFilter>();
        builder.Services.Configure<MvcOptions>(mvc => mvc.Filters.AddService<PostRateLimitFilter>());
    }

    /// <summary>"45 seconden", "1 minuut", "3 minuten": how long to wait, for the pages' messages.</summary>
    public static string WaitText(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        if (seconds < 60) return seconds == 1 ? "1 seconde" : $"{seconds} seconden";
        var minutes = (int)Math.Ceiling(seconds / 60.0);
        return minutes == 1 ? "1 minuut" : $"{minutes} minuten";
    }

    private static PartitionedRateLimiter<HttpContext> PerClient(string name, IConfigurationSection section, int permits, TimeSpan window)
    {
        var permitLimit = section.GetValue("PermitLimit", permits);
        var windowLength = section.GetValue("Window", window);
        return PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            $"{name}:{context.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = windowLength, QueueLimit = 0 }));
    }
}

/// <summary>The POSTs of this page count against the named per-client limit (<see cref="PortalRateLimits"/>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class LimitPostsAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}

/// <summary>
/// A page that, when its POST is refused by the rate limit, shows its form again with what the visitor sent
/// and a message to wait. It must not handle or store anything; the filter sets the status 429 on the page.
/// </summary>
public interface IKeepsInputWhenRateLimited
{
    Task<IActionResult> ShowRefusedAsync(TimeSpan retryAfter, CancellationToken cancellationToken);
}

/// <summary>The per-client limiters, by policy name; one set per instance.</summary>
public sealed class PostRateLimits(IReadOnlyDictionary<string, PartitionedRateLimiter<HttpContext>> limiters) : IDisposable
{
    public RateLimitLease Acquire(string policy, HttpContext context) =>
        limiters.TryGetValue(policy, out var limiter)
            ? limiter.AttemptAcquire(context)
            : throw new InvalidOperationException($"No rate limit named {policy}.");

    public void Dispose()
    {
        foreach (var limiter in limiters.Values) limiter.Dispose();
    }
}

/// <summary>Counts the POSTs of pages with <see cref="LimitPostsAttribute"/> and refuses those past the limit.</summary>
public sealed class PostRateLimitFilter(PostRateLimits limits, ILogger<PostRateLimitFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)
            || context.ActionDescriptor.EndpointMetadata.OfType<LimitPostsAttribute>().LastOrDefault() is not { } limit)
        {
            await next();
            return;
        }
        using var lease = limits.Acquire(limit.Policy, http);
        if (lease.IsAcquired)
        {
            await next();
            return;
        }
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        logger.LogInformation("POST refused by rate limit {RateLimit}; retry after {RetryAfter}", limit.Policy, retryAfter);
        if (context.HandlerInstance is IKeepsInputWhenRateLimited page)
        {
            var result = await page.ShowRefusedAsync(retryAfter, http.RequestAborted);
            if (result is PageResult shown) shown.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Result = result;
        }
        else
        {
            // The status-code pages render the Dutch "Even geduld" page.
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
        }
    }
}
