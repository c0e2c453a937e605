using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Mensenhandel.Web.Notifications;

public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Real delivery over SMTP with MailKit.</summary>
internal sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
        if (smtp.UserName.Length > 0)
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>Development without a mail server: each mail becomes an .eml file in the pickup directory.</summary>
internal sealed class PickupDirectoryMailTransport(IOptions<MailOptions> options, IWebHostEnvironment environment) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
    }
}
