using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Mensenhandel.Web.Infrastructure;

/// <summary>
/// Per-client limits on the POSTs anyone can send without an account (section "RateLimits"): the melding, the
/// status check and the sign-in pages. Per instance only: a backstop against floods, code guessing and password
/// spraying, not an exact quota; the lockout of an account after 5 failures, kept in the database, is the real
/// control against guessing one account's password. The client is the connection's address, which
/// UseForwardedHeaders sets from trusted proxies only. A refusal is a 429 with Retry-After, rendered as the
/// Dutch error page by the status-code pages. GETs are never limited.
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
            AddPostPolicy(options, SignIn, configuration.GetSection("RateLimits:Inloggen"), permits: SignInPermits, window: TimeSpan.FromMinutes(1));
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
