using Mensenhandel.Web.Pages;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Triage;

/// <summary>
/// The queue's counts over a region's history: made by one view at a time, whatever the number of views asking.
/// Each count here is a <see cref="Gate"/> the test opens, so views can be caught while a count runs.
/// </summary>
public sealed class CachedCountsTests : IDisposable
{
    private readonly TestClock _clock = new();
    private readonly CachedCounts _counts;

    public CachedCountsTests() => _counts = new CachedCounts(_clock);

    public void Dispose() => _counts.Dispose();

    /// <summary>A count that returns (or throws) only when the test says so, and counts how often it was started.</summary>
    private sealed class Gate
    {
        private readonly TaskCompletionSource<int> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;

        public int Started => Volatile.Read(ref _started);

        public Task<int> Count()
        {
            Interlocked.Increment(ref _started);
            return _result.Task;
        }

        public void Open(int value) => _result.SetResult(value);
        public void Fail() => _result.SetException(new InvalidOperationException("De database is niet bereikbaar."));
    }

    [Fact]
    public async Task A_recent_count_is_served_without_counting_again()
    {
        Assert.Equal(7, await _counts.GetAsync("k", () => Task.FromResult(7), default));
        _clock.Advance(CachedCounts.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(7, await _counts.GetAsync("k", () => Task.FromResult(8), default));
        Assert.Equal(3, await _counts.GetAsync("other", () => Task.FromResult(3), default));
    }

    [Fact]
    public async Task Views_arriving_while_nothing_is_known_wait_for_the_one_count()
    {
        var gate = new Gate();
        var views = Enumerable.Range(0, 20).Select(_ => _counts.GetAsync("k", gate.Count, default)).ToList();
        Assert.Equal(1, gate.Started);
        Assert.All(views, v => Assert.False(v.IsCompleted));
        gate.Open(42);
        Assert.All(await Task.WhenAll(views), v => Assert.Equal(42, v));
        Assert.Equal(1, gate.Started);
    }

    [Fact]
    public async Task Past_its_lifetime_one_view_counts_afresh_and_the_others_get_the_last_count_meanwhile()
    {
        await _counts.GetAsync("k", () => Task.FromResult(1), default);
        _clock.Advance(CachedCounts.Lifetime);
        var gate = new Gate();
        var recounting = _counts.GetAsync("k", gate.Count, default);
        Assert.False(recounting.IsCompleted);
        for (var i = 0; i < 5; i++)
        {
            var served = _counts.GetAsync("k", gate.Count, default);
            Assert.True(served.IsCompletedSuccessfully);
            Assert.Equal(1, await served);
        }
        Assert.Equal(1, gate.Started);
        gate.Open(2);
        Assert.Equal(2, await recounting);
        Assert.Equal(2, await _counts.GetAsync("k", () => Task.FromResult(3), default));
    }

    [Fact]
    public async Task A_failed_recount_leaves_the_next_view_to_count()
    {
        await _counts.GetAsync("k", () => Task.FromResult(1), default);
        _clock.Advance(CachedCounts.Lifetime);
        var failing = new Gate();
        var recounting = _counts.GetAsync("k", failing.Count, default);
        failing.Fail();
        await Assert.ThrowsAsync<InvalidOperationException>(() => recounting);
        Assert.Equal(5, await _counts.GetAsync("k", () => Task.FromResult(5), default));
    }

    [Fact]
    public async Task When_the_one_count_fails_each_waiting_view_counts_for_itself()
    {
        var failing = new Gate();
        var first = _counts.GetAsync("k", failing.Count, default);
        var waiting = _counts.GetAsync("k", () => Task.FromResult(9), default);
        Assert.False(waiting.IsCompleted);
        failing.Fail();
        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        Assert.Equal(9, await waiting);
        Assert.Equal(9, await _counts.GetAsync("k", () => Task.FromResult(10), default));
    }

    [Fact]
    public async Task A_view_waiting_for_another_views_count_stops_when_its_visitor_leaves_and_the_count_goes_on()
    {
        var gate = new Gate();
        var counting = _counts.GetAsync("k", gate.Count, default);
        using var visitor = new CancellationTokenSource();
        var waiting = _counts.GetAsync("k", gate.Count, visitor.Token);
        Assert.False(waiting.IsCompleted);

        await visitor.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(counting.IsCompleted);

        gate.Open(6);
        Assert.Equal(6, await counting);
        Assert.Equal(6, await _counts.GetAsync("k", () => Task.FromResult(7), default));
        Assert.Equal(1, gate.Started);
    }

    [Fact]
    public async Task A_count_past_the_stale_limit_is_not_served()
    {
        await _counts.GetAsync("k", () => Task.FromResult(1), default);
        _clock.Advance(CachedCounts.StaleLimit);
        var gate = new Gate();
        var view = _counts.GetAsync("k", gate.Count, default);
        var other = _counts.GetAsync("k", gate.Count, default);
        Assert.False(other.IsCompleted);
        gate.Open(4);
        Assert.Equal((4, 4), (await view, await other));
        Assert.Equal(1, gate.Started);
    }
}
