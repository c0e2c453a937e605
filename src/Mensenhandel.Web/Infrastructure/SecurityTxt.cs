using System.Globalization;

namespace Mensenhandel.Web.Infrastructure;

/// <summary>
/// RFC 9116 security.txt. Contact and policy come from configuration (section "SecurityTxt"). Outside
/// Development a portal without a configured contact serves no security.txt (404) and warns at start: a
/// placeholder address would send a researcher's report of a vulnerability nowhere.
/// </summary>
internal static class SecurityTxt
{
    private const string DevelopmentContact = "mailto:security@mensenhandel.example";

    public static void MapSecurityTxt(this IEndpointRouteBuilder endpoints)
    {
        var configured = endpoints.ServiceProvider.GetRequiredService<IConfiguration>()["SecurityTxt:Contact"];
        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        if (string.IsNullOrWhiteSpace(configured) && !environment.IsDevelopment())
        {
            endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecurityTxt))
                .LogWarning("SecurityTxt:Contact is not set: /.well-known/security.txt answers 404 until it is");
        }
        endpoints.MapGet("/.well-known/security.txt", (IConfiguration configuration, TimeProvider clock) =>
        {
            var contact = configuration["SecurityTxt:Contact"] is { Length: > 0 } set ? set
                : environment.IsDevelopment() ? DevelopmentContact : null;
            if (contact is null) return Results.NotFound();
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
