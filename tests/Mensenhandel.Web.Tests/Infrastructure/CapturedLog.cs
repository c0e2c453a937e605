using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>Every log event one portal instance writes (added as a sink next to console and file).</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>Each event as a line: the rendered message, every property and the exception.</summary>
    public IEnumerable<string> Lines() => _events.Select(e =>
        e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " "
        + string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}")) + " " + e.Exception);
}
