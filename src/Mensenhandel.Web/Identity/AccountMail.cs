using Mensenhandel.Web.Notifications;
using Microsoft.Extensions.Options;

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

/// <summary>
/// Sends account mails at once through the portal's mail transport (SMTP, or the pickup folder in
/// Development). Not through the outbox: the link in them is a secret that should not rest in the database,
/// and the person is waiting for it; a failure is reported to the page that asked.
/// </summary>
public sealed class TransportAccountMail(IMailTransport transport, IOptions<MailOptions> options) : IAccountMail
{
    public async Task SendAsync(AccountMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mail = PlainMail.Create(options.Value.From, [message.To], message.Subject, message.Body);
        try
        {
            await transport.SendAsync(mail, cancellationToken);
        }
        finally
        {
            // A single mail: keep no connection open for later (one left idle would be closed by the server).
            await transport.ReleaseAsync();
        }
    }
}
