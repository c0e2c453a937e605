namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>
/// The real clock plus an offset that tests can move forward: time flows (so background retries come due)
/// and a test can jump ahead (idle timeouts, the next TOTP step, deadlines).
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
