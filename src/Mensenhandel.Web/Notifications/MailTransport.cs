using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Mensenhandel.Web.Notifications;

public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);

    /// <summary>The dispatcher has sent what was due: let go of any connection kept for the next mail.</summary>
    Task ReleaseAsync() => Task.CompletedTask;
}

/// <summary>
/// Real delivery over SMTP with MailKit. One connection serves a whole dispatcher run (every batch of it) and is
/// closed when the run ends (<see cref="ReleaseAsync"/>): connecting, TLS and authentication once, not once per
/// mail, which after a campaign of hundreds of meldingen a minute would have been most of each mail's cost and
/// many connections a second at the mail server. A connection on which a send failed is dropped; the next mail
/// connects anew (and the failed one is retried with the outbox's backoff).
/// </summary>
internal sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var client = _client is { IsConnected: true } open ? open : await ConnectAsync(cancellationToken);
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch
            {
                Drop();
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ReleaseAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_client is { IsConnected: true } client)
            {
                try
                {
                    using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await client.DisconnectAsync(quit: true, quit.Token);
                }
                catch (Exception ex) when (ex is IOException or OperationCanceledException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException)
                {
                    // The mails were accepted already; a QUIT that fails changes nothing.
                }
            }
            Drop();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        _gate.Dispose();
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        Drop();
        var smtp = options.Value.Smtp;
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
            if (smtp.UserName.Length > 0)
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }
        _client = client;
        return client;
    }

    private void Drop()
    {
        _client?.Dispose();
        _client = null;
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
