using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Mensenhandel.Web.Infrastructure;

/// <summary>
/// Structured logging with Serilog: readable console lines in Development, compact JSON elsewhere.
/// Sinks and levels can be extended in configuration (section "Serilog"). Never log what a person typed.
/// </summary>
internal static class PortalLogging
{
    private const string DevelopmentTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}";

    // A plain logger, not Serilog's reloadable bootstrap logger: that one can be frozen only once per
    // process, and the integration tests build many hosts in one process.
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(new RenderedCompactJsonFormatter())
            .CreateLogger();

    /// <summary>
    /// Each host gets its own logger (the static one is only the bootstrap logger): several hosts in one process,
    /// as in the tests, then never write through each other's sinks. Sinks registered as ILogEventSink in the
    /// container are added too (ReadFrom.Services).
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                // Framework request logging writes full URLs with query strings; our own request log does not.
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "Mensenhandel");

            if (development)
                logger.WriteTo.Console(outputTemplate: DevelopmentTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            else
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        }, preserveStaticLogger: true);
    }
}
