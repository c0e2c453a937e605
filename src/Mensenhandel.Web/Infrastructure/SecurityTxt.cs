using System.Globalization;

namespace Mensenhandel.Web.Infrastructure;

/// <summary>RFC 9116 security.txt. Contact and policy come from configuration (section "SecurityTxt").</summary>
internal static class SecurityTxt
{
    public static void MapSecurityTxt(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/.well-known/security.txt", (IConfiguration configuration, TimeProvider clock) =>
        {
            var contact = configuration["SecurityTxt:Contact"] ?? "mailto:security@mensenhandel.example";
            // Expires is always in the future and under a year away, as RFC 9116 recommends.
            var expires = clock.GetUtcNow().UtcDateTime.Date.AddDays(180)
                .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var lines = new List<string> { $"Contact: {contact}", $"Expires: {expires}", "Preferred-Languages: nl, en" };
            if (configuration["SecurityTxt:Policy"] is { Length: > 0 } policy) lines.Add($"Policy: {policy}");
            if (configuration["SecurityTxt:Canonical"] is { Length: > 0 } canonical) lines.Add($"Canonical: {canonical}");
            return Results.Text(string.Join('\n', lines) + '\n', "text/plain; charset=utf-8");
        }).AllowAnonymous();
    }
}
