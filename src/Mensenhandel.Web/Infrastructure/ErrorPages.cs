using Microsoft.AspNetCore.Diagnostics;

namespace Mensenhandel.Web.Infrastructure;

internal static class ErrorPages
{
    private static readonly HashSet<string> AllowedMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        HttpMethods.Get, HttpMethods.Head, HttpMethods.Post,
    };

    /// <summary>
    /// A Dutch error page for every failure in every environment: stack traces belong in the log, not in a browser.
    /// </summary>
    public static void UsePortalErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/fout/500");
        app.UseStatusCodePagesWithReExecute("/fout/{0}");

        app.Use(async (context, next) =>
        {
            // The error page is re-executed with the failing request's method; render it as a plain GET
            // so a failed POST (for instance a missing antiforgery token) still gets its Dutch page.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                || context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                var method = context.Request.Method;
                context.Request.Method = HttpMethods.Get;
                await next(context);
                context.Request.Method = method;
                return;
            }

            // TRACE, PUT, DELETE, … have no use here; Razor Pages would otherwise render the page for them.
            if (!AllowedMethods.Contains(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD, POST";
                return;
            }
            await next(context);
        });
    }
}
