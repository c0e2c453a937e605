namespace Mensenhandel.Web.Infrastructure;

/// <summary>
/// The portal's own cookies: __Host- prefixed, Secure, SameSite=Strict. Development runs on plain
/// http://localhost (README) where antiforgery refuses a Secure-only cookie ("the current request is not an
/// SSL request") and a __Host- cookie cannot be set without Secure: there the prefix is dropped and Secure
/// follows the request (still Secure on https, as in the integration tests).
/// </summary>
internal static class PortalCookies
{
    public static void Configure(CookieBuilder cookie, string name, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(environment);
        var development = environment.IsDevelopment();
        cookie.Name = development ? $"Mensenhandel-{name}" : $"__Host-Mensenhandel-{name}";
        cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        cookie.SameSite = SameSiteMode.Strict;
        cookie.Path = "/";
        cookie.HttpOnly = true;
    }
}
