using System.Threading.Channels;
using Mensenhandel.Data;
using Mensenhandel.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Mensenhandel.Web.Notifications;

/// <summary>
/// Sends due outbox messages in batches. A batch is claimed with a lease in one statement: on PostgreSQL an
/// UPDATE of rows picked FOR UPDATE SKIP LOCKED (two instances never pick the same row, nor wait for each
/// other), on SQLite a compare-and-set UPDATE under its single writer lock (only a row that is unsent and
/// unleased at that moment matches). The new meldingen of one region in a batch share one mail. Sent messages are
/// marked in one statement per batch; a failed mail releases the lease of its messages and schedules their retry
/// with exponential backoff. The melding itself is never touched.
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
    Mensenhandel.Web.Privacy.PrivacyMail privacyMail,
    DisputeMail disputeMail)
{
    internal const int BatchSize = 50;

    /// <summary>
    /// Sent mails are marked at least this often during a batch, so an instance that dies mid-batch leaves
    /// at most this much mail to be sent again by whoever takes over after the lease.
    /// </summary>
    private static readonly TimeSpan MarkSentEvery = TimeSpan.FromSeconds(1);

    private readonly Guid _instance = Guid.NewGuid();
    private readonly Channel<bool> _wakeUp = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks the dispatcher to look now instead of at its next poll.</summary>
    public void WakeUp() => _wakeUp.Writer.TryWrite(true);

    internal ChannelReader<bool> WakeUpSignal => _wakeUp.Reader;

    /// <summary>Sends batch after batch until fewer than a full batch were due.</summary>
    /// <returns>The number of messages sent.</returns>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sent = 0;
        try
        {
            while (true)
            {
                var (claimed, sentOfBatch) = await ProcessBatchAsync(db, cancellationToken);
                sent += sentOfBatch;
                if (claimed < BatchSize || cancellationToken.IsCancellationRequested) return sent;
            }
        }
        finally
        {
            // The run's mails share one connection to the mail server; it is closed between runs.
            await transport.ReleaseAsync();
        }
    }

    private async Task<(int Claimed, int Sent)> ProcessBatchAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnds = now + options.Value.LeaseDuration;
        var claimed = await ClaimAsync(db, now, leaseEnds, cancellationToken);
        if (claimed.Count == 0) return (0, 0);

        // A send is started only in the first half of the lease, so it ends long before another instance may
        // take its messages over; the rest of the batch is released for the next round.
        var startSendsUntil = now + options.Value.LeaseDuration / 2;
        var recipientsOfRound = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var sent = 0;
        var unmarked = new List<OutboxMessage>();
        var unmarkedSince = DateTime.MinValue;
        var released = new List<Guid>();
        try
        {
            foreach (var messages in claimed.GroupBy(MailOf).Select(g => g.ToList()))
            {
                if (clock.GetUtcNow().UtcDateTime > startSendsUntil)
                {
                    released.AddRange(messages.Select(m => m.Id));
                    continue;
                }
                if (!await TrySendAsync(db, messages, recipientsOfRound, cancellationToken)) continue;
                sent += messages.Count;
                if (unmarked.Count == 0) unmarkedSince = clock.GetUtcNow().UtcDateTime;
                unmarked.AddRange(messages);
                if (clock.GetUtcNow().UtcDateTime - unmarkedSince >= MarkSentEvery)
                {
                    await MarkSentAsync(db, unmarked);
                    unmarked.Clear();
                }
            }
        }
        finally
        {
            // Also when the host stops mid-batch: what reached the mail server is never sent again.
            await MarkSentAsync(db, unmarked);
        }
        if (released.Count > 0)
        {
            await db.OutboxMessages
                .Where(m => released.Contains(m.Id) && m.LockedBy == _instance && m.SentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, (Guid?)null).SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
        }
        return (claimed.Count, sent);
    }

    /// <summary>Leases up to <see cref="BatchSize"/> due messages to this instance, oldest first.</summary>
    private async Task<List<OutboxMessage>> ClaimAsync(AppDbContext db, DateTime now, DateTime leaseEnds, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // FOR UPDATE re-checks the conditions on the newest row version before locking it, so a message
            // another instance claimed or sent meanwhile is not picked; SKIP LOCKED passes over rows being claimed.
            var leased = await db.OutboxMessages.FromSql($"""
                UPDATE "OutboxMessages" SET "LockedBy" = {_instance}, "LockedUntil" = {leaseEnds}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE "SentAt" IS NULL AND "NextAttemptAt" <= {now} AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                    ORDER BY "CreatedAt"
                    LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).AsNoTracking().ToListAsync(cancellationToken);
            return [.. leased.OrderBy(m => m.CreatedAt)];
        }

        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return [];
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, _instance).SetProperty(m => m.LockedUntil, leaseEnds), cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => due.Contains(m.Id) && m.LockedBy == _instance && m.LockedUntil == leaseEnds && m.SentAt == null)
            .OrderBy(m => m.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Which mail a message goes out in: after a campaign or an outage a coordinator gets one mail listing the new
    /// meldingen of the batch, not dozens of identical ones. Every other message is a mail of its own.
    /// </summary>
    private static string MailOf(OutboxMessage message) =>
        message.Type == OutboxMessage.NewReport ? $"{OutboxMessage.NewReport}:{message.RegionId}" : message.Id.ToString();

    /// <summary>Sends one mail for <paramref name="messages"/>; if it fails, each of them waits for its retry.</summary>
    private async Task<bool> TrySendAsync(AppDbContext db, List<OutboxMessage> messages, Dictionary<string, IReadOnlyList<string>> recipientsOfRound, CancellationToken cancellationToken)
    {
        try
        {
            var mail = await ComposeAsync(messages, recipientsOfRound, cancellationToken);
            await transport.SendAsync(mail, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The backoff is each message's own: one of them may have failed before.
            foreach (var sameAttempts in messages.GroupBy(m => m.Attempts + 1))
            {
                var attempts = sameAttempts.Key;
                var retryAt = clock.GetUtcNow().UtcDateTime + Backoff(attempts);
                var ids = sameAttempts.Select(m => m.Id).ToList();
                await db.OutboxMessages
                    .Where(m => ids.Contains(m.Id) && m.LockedBy == _instance)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.Attempts, attempts)
                        .SetProperty(m => m.NextAttemptAt, retryAt)
                        .SetProperty(m => m.LockedBy, (Guid?)null)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.LastError, ex.GetType().Name), CancellationToken.None);
                // The exception type only: SMTP replies and messages can echo addresses.
                foreach (var id in ids)
                    logger.LogWarning("Outbox message {OutboxMessageId} not delivered (attempt {Attempt}, {ErrorType}); retry at {RetryAt:o}",
                        id, attempts, ex.GetType().Name, retryAt);
            }
            return false;
        }
    }

    /// <summary>One statement for the messages of a batch that reached the mail server.</summary>
    private async Task MarkSentAsync(AppDbContext db, List<OutboxMessage> messages)
    {
        if (messages.Count == 0) return;
        var ids = messages.Select(m => m.Id).ToList();
        var sentAt = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.LockedBy == _instance)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LockedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        foreach (var message in messages)
            logger.LogInformation("Outbox message {OutboxMessageId} for report {ReportId} delivered", message.Id, message.ReportId);
    }

    internal TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.Value.RetryBaseDelay.Ticks * factor, options.Value.RetryMaxDelay.Ticks));
        return delay;
    }

    /// <param name="messages">One message, or the new meldingen of one region (<see cref="MailOf"/>).</param>
    private async Task<MimeMessage> ComposeAsync(List<OutboxMessage> messages, Dictionary<string, IReadOnlyList<string>> recipientsOfRound, CancellationToken cancellationToken)
    {
        var message = messages[0];
        if (Mensenhandel.Web.Privacy.PrivacyMail.Handles(message.Type))
            return await privacyMail.ComposeAsync(message, mail.Value.From, portal.BaseUrl.ToString(), cancellationToken);
        if (DisputeMail.Handles(message.Type))
            return await disputeMail.ComposeAsync(message, mail.Value.From, portal.BaseUrl.ToString(), cancellationToken);
        if (message.Type != OutboxMessage.NewReport)
            throw new InvalidOperationException($"Unknown outbox message type {message.Type}.");

        // Looked up once per region and round: a batch holds many meldingen of the same few regions.
        var key = message.RegionId ?? "";
        if (!recipientsOfRound.TryGetValue(key, out var to))
        {
            to = await recipients.ForRegionAsync(message.RegionId, cancellationToken);
            if (to.Count == 0 && message.RegionId is not null)
            {
                // A region without a coordinator on file must not swallow the melding: the national desk takes it.
                logger.LogWarning("No recipients for region {RegionId}; notifying the national desk", message.RegionId);
                to = await recipients.ForRegionAsync(null, cancellationToken);
            }
            recipientsOfRound[key] = to;
        }
        if (to.Count == 0) throw new InvalidOperationException("No recipients configured, not even for the national desk.");

        return NewReportMail.Compose(mail.Value.From, portal.BaseUrl.ToString(), to, [.. messages.Select(m => m.ReportId)]);
    }
}

/// <summary>
/// The notification text: that there are new meldingen and where to log in, a link per melding (in the order
/// given). Never any content of them.
/// </summary>
internal static class NewReportMail
{
    public const string Subject = "Er is een nieuwe melding in uw regio";

    public static MimeMessage Compose(string from, string publicBaseUrl, IReadOnlyList<string> to, IReadOnlyList<Guid> reportIds)
    {
        ArgumentOutOfRangeException.ThrowIfZero(reportIds.Count);
        var baseUrl = publicBaseUrl.TrimEnd('/');
        var links = string.Join('\n', reportIds.Select(id => $"{baseUrl}/meldingen/{id}"));
        // The subject is also the opening sentence.
        var (news, them, ofThem) = reportIds.Count == 1
            ? (Subject, "de melding", "de melding")
            : ($"Er zijn {reportIds.Count} nieuwe meldingen in uw regio", "ze", "de meldingen");
        return PlainMail.Create(from, to, news, $"""
            Goedendag,

            {news} binnengekomen via het Portaal Mensenhandel.
            Log in op het portaal om {them} te bekijken:

            {links}

            Deze e-mail bevat om veiligheidsredenen geen gegevens uit {ofThem}.
            Stuur deze e-mail niet door.
            """);
    }
}
