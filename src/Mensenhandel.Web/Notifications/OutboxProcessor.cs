using System.Threading.Channels;
using Mensenhandel.Data;
using Mensenhandel.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Mensenhandel.Web.Notifications;

/// <summary>
/// Sends due outbox messages. Each message is claimed with a lease by a compare-and-set UPDATE (only a row
/// that is unsent and unleased at that moment matches), which PostgreSQL re-checks under the row lock and
/// SQLite runs under its single writer lock: two instances never both hold a message. A failure releases
/// the lease and schedules a retry with exponential backoff; the melding itself is never touched.
/// </summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    IReportRecipients recipients,
    Mensenhandel.Web.Identity.PortalOptions portal,
    IOptions<NotificationOptions> options,
    IOptions<MailOptions> mail,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger,
    Mensenhandel.Web.Privacy.PrivacyMail privacyMail)
{
    private const int BatchSize = 20;
    private readonly Guid _instance = Guid.NewGuid();
    private readonly Channel<bool> _wakeUp = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks the dispatcher to look now instead of at its next poll.</summary>
    public void WakeUp() => _wakeUp.Writer.TryWrite(true);

    internal ChannelReader<bool> WakeUpSignal => _wakeUp.Reader;

    /// <returns>The number of messages sent.</returns>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in due)
        {
            if (await TryClaimAsync(db, id, cancellationToken) && await SendAsync(db, id, cancellationToken)) sent++;
        }
        return sent;
    }

    private async Task<bool> TryClaimAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.LeaseDuration;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, _instance).SetProperty(m => m.LockedUntil, until), cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> SendAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            var mail = await ComposeAsync(message, cancellationToken);
            await transport.SendAsync(mail, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var retryAt = clock.GetUtcNow().UtcDateTime + Backoff(attempts);
            await db.OutboxMessages
                .Where(m => m.Id == id && m.LockedBy == _instance)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, retryAt)
                    .SetProperty(m => m.LockedBy, (Guid?)null)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.LastError, ex.GetType().Name), CancellationToken.None);
            // The exception type only: SMTP replies and messages can echo addresses.
            logger.LogWarning("Outbox message {OutboxMessageId} not delivered (attempt {Attempt}, {ErrorType}); retry at {RetryAt:o}",
                id, attempts, ex.GetType().Name, retryAt);
            return false;
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages
            .Where(m => m.Id == id && m.LockedBy == _instance)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.LockedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        logger.LogInformation("Outbox message {OutboxMessageId} for report {ReportId} delivered", id, message.ReportId);
        return true;
    }

    internal TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.Value.RetryBaseDelay.Ticks * factor, options.Value.RetryMaxDelay.Ticks));
        return delay;
    }

    private async Task<MimeMessage> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (Mensenhandel.Web.Privacy.PrivacyMail.Handles(message.Type))
            return await privacyMail.ComposeAsync(message, mail.Value.From, portal.BaseUrl.ToString(), cancellationToken);
        if (message.Type != OutboxMessage.NewReport)
            throw new InvalidOperationException($"Unknown outbox message type {message.Type}.");

        var to = await recipients.ForRegionAsync(message.RegionId, cancellationToken);
        if (to.Count == 0 && message.RegionId is not null)
        {
            // A region without a coordinator on file must not swallow the melding: the national desk takes it.
            logger.LogWarning("No recipients for region {RegionId}; notifying the national desk", message.RegionId);
            to = await recipients.ForRegionAsync(null, cancellationToken);
        }
        if (to.Count == 0) throw new InvalidOperationException("No recipients configured, not even for the national desk.");

        return NewReportMail.Compose(mail.Value.From, portal.BaseUrl.ToString(), to, message.ReportId);
    }
}

/// <summary>The notification text: that there is a melding and where to log in. Never any content of it.</summary>
internal static class NewReportMail
{
    public const string Subject = "Er is een nieuwe melding in uw regio";

    public static MimeMessage Compose(string from, string publicBaseUrl, IReadOnlyList<string> to, Guid reportId)
    {
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(from));
        foreach (var address in to) mail.To.Add(MailboxAddress.Parse(address));
        mail.Subject = Subject;
        var link = $"{publicBaseUrl.TrimEnd('/')}/meldingen/{reportId}";
        mail.Body = new TextPart("plain")
        {
            Text = $"""
                Goedendag,

                Er is een nieuwe melding in uw regio binnengekomen via het Portaal Mensenhandel.
                Log in op het portaal om de melding te bekijken:

                {link}

                Deze e-mail bevat om veiligheidsredenen geen gegevens uit de melding.
                Stuur deze e-mail niet door.
                """,
        };
        return mail;
    }
}
