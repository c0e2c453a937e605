using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>
/// Adds /test/fout, which throws, behind the whole portal pipeline, so tests see what a real unhandled
/// exception produces (error page, headers) without a test-only route in the product.
/// </summary>
public static class ThrowingEndpoint
{
    public const string Path = "/test/fout";
    public const string Secret = "GEHEIM-stacktrace-canary-7f3a";

    public static void AddThrowingEndpoint(this IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, Filter>());

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context =>
            {
                if (context.Request.Path == Path) throw new InvalidOperationException(Secret);
                context.Response.StatusCode = StatusCodes.Status404NotFound; // what the default terminal does
                return Task.CompletedTask;
            });
        };
    }
}
