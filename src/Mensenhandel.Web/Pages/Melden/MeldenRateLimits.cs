using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Mensenhandel.Web.Pages.Melden;

/// <summary>
/// Per-client limits on the public POSTs (section "RateLimits"). Per instance only: a backstop against
/// floods and code guessing, not an exact quota. The client is the connection's address, which
/// UseForwardedHeaders sets from trusted proxies only. A refusal is a 429 with Retry-After, rendered as
/// the Dutch error page by the status-code pages.
/// </summary>
public static class MeldenRateLimits
{
    public const string Submissions = "melden";
    public const string StatusChecks = "melden-status";

    public static void AddMeldenRateLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            AddPostPolicy(options, Submissions, configuration.GetSection("RateLimits:Melden"), permits: 20, window: TimeSpan.FromMinutes(1));
            AddPostPolicy(options, StatusChecks, configuration.GetSection("RateLimits:Status"), permits: 10, window: TimeSpan.FromMinutes(5));
        });
    }

    private static void AddPostPolicy(RateLimiterOptions options, string name, IConfigurationSection section, int permits, TimeSpan window)
    {
        var permitLimit = section.GetValue("PermitLimit", permits);
        var windowLength = section.GetValue("Window", window);
        options.AddPolicy(name, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                $"{name}:{context.Connection.RemoteIpAddress}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = windowLength, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(""));
    }
}
