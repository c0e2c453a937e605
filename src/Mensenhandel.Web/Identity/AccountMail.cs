using System.Globalization;
using System.Text;

namespace Mensenhandel.Web.Identity;

/// <summary>The e-mails the account pages send: invitations and password resets. They carry a link, nothing else.</summary>
public interface IAccountMail
{
    Task SendAsync(AccountMessage message, CancellationToken cancellationToken = default);
}

public sealed record AccountMessage(string To, string Subject, string Body);

public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The address users reach the portal on, used in e-mailed links. Configured, never taken from the
    /// request's Host header (which a client controls).
    /// </summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5080");

    public string Link(string pathAndQuery) => new Uri(BaseUrl, pathAndQuery).ToString();
}

/// <summary>Writes each message as an .eml file to a pickup folder (Development without SMTP).</summary>
public sealed class PickupFolderAccountMail(IWebHostEnvironment environment, TimeProvider clock, ILogger<PickupFolderAccountMail> logger) : IAccountMail
{
    public async Task SendAsync(AccountMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = Path.Combine(environment.ContentRootPath, "App_Data", "mail");
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var file = Path.Combine(folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        var eml = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Date: {now:R}\r\n")
            .Append("From: Portaal Mensenhandel <noreply@mensenhandel.example>\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: {message.To}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: {message.Subject}\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(message.Body)
            .ToString();
        await File.WriteAllTextAsync(file, eml, cancellationToken);
        logger.LogInformation("Account mail written to the pickup folder");
    }
}
