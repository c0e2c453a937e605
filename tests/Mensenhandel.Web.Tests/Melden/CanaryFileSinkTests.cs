using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Serilog;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Melden;

/// <summary>
/// The canary test again, with Serilog's file sink attached to the portal's logger: the file, not only the
/// in-memory capture, holds the request log (with all event properties) and no trace of what the signaler typed.
/// </summary>
public sealed class CanaryFileSinkTests
{
    [Fact]
    public async Task A_canary_in_every_field_appears_in_no_line_of_the_log_file()
    {
        var canary = $"kanarie{Guid.NewGuid():N}"[..20];
        var file = Path.Combine(Path.GetTempPath(), $"mh-log-{Guid.NewGuid():N}.log");
        try
        {
            // Serilog's own file sink (compact JSON, as operators configure it), next to the portal's console sink.
            var fileSink = new Serilog.LoggerConfiguration().MinimumLevel.Verbose()
                .WriteTo.File(new Serilog.Formatting.Compact.CompactJsonFormatter(), file).CreateLogger();
            await using (var portal = new PortalFactory().WithWebHost(host => host.ConfigureServices(services =>
                services.AddSingleton<Serilog.Core.ILogEventSink>(fileSink))))
            {
                await portal.InitializeAsync();
                var report = await portal.SubmitReportAsync("GM0361", f => f.WithCanary(canary));
                var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
                Assert.Contains(canary, await (await coordinator.GetAsync($"/meldingen/{report.Id}")).Content.ReadAsStringAsync());
            }

            await fileSink.DisposeAsync();
            var lines = await File.ReadAllLinesAsync(file);
            Assert.Contains(lines, l => l.Contains("/melden", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains(canary, StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
