using Microsoft.Extensions.Options;

namespace Mensenhandel.Web.Notifications;

/// <summary>Runs the <see cref="OutboxProcessor"/> on every poll, and at once when a melding was just stored.</summary>
internal sealed class OutboxDispatcher(
    OutboxProcessor processor, IMailTransport transport, IOptions<NotificationOptions> options, IHostEnvironment environment, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled) return;
        if (transport is PickupDirectoryMailTransport && !environment.IsDevelopment())
        {
            logger.LogWarning("Mail:Smtp:Host is not set: notifications are written to the pickup folder and reach nobody");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.ProcessDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down; the messages wait in the outbox for the next round.
                logger.LogError("Outbox round failed ({ErrorType})", ex.GetType().Name);
            }

            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            poll.CancelAfter(options.Value.PollInterval);
            try
            {
                await processor.WakeUpSignal.ReadAsync(poll.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval passed without a wake-up: look anyway.
            }
        }
    }
}

internal static class NotificationSetup
{
    public static void AddPortalNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection(MailOptions.Section));
        var smtpHost = builder.Configuration[$"{MailOptions.Section}:Smtp:Host"];
        if (string.IsNullOrWhiteSpace(smtpHost))
            builder.Services.AddSingleton<IMailTransport, PickupDirectoryMailTransport>();
        else
            builder.Services.AddSingleton<IMailTransport, SmtpMailTransport>();
        builder.Services.AddSingleton<IReportRecipients, ReportRecipients>();
        builder.Services.AddSingleton<OutboxProcessor>();
        builder.Services.AddHostedService<OutboxDispatcher>();
    }
}
