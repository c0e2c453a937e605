using System.Collections.Concurrent;
using Mensenhandel.Web.Infrastructure;
using Microsoft.Extensions.Caching.Memory;

namespace Mensenhandel.Web.Pages;

/// <summary>
/// Counts over the history of a region (all meldingen in behandeling or afgesloten, all casussen) cost a scan
/// of tens of thousands of index entries; a queue page asks for them on every view. They are kept for a few
/// seconds per scope and filter. Counts of work waiting now (nieuw, te laat) are not kept here: the pages
/// count those exactly while few wait (a backlog's count is reused for a moment, see Meldingen.BacklogCounts).
/// <para>
/// A scope's count is made by one view at a time. When a count has passed its <see cref="Lifetime"/>, the first
/// view counts afresh while the others are served the count they would have seen a moment earlier; with nothing
/// recent known, the others wait for that one view's count. Without this, every view arriving while a count
/// runs started the same count again: at a million meldingen, dozens of them at once, each making the others
/// slower (docs/performance.md, eighth round).
/// </para>
/// </summary>
public sealed class CachedCounts(TimeProvider clock) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>The counts being made now, by key, for views that find nothing recent: one entry per running count.</summary>
    private readonly ConcurrentDictionary<string, Task> _counting = new(StringComparer.Ordinal);

    /// <summary>How long a count is served as it is.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);

    /// <summary>Up to this age a count past its lifetime is still served while one view counts afresh; an older one is not served.</summary>
    public static readonly TimeSpan StaleLimit = TimeSpan.FromSeconds(60);

    /// <param name="key">What was counted, including the scope of the user (role and region), never user input unbounded.</param>
    /// <param name="count">Counts in the calling view (on its own database context).</param>
    /// <param name="cancellationToken">The calling view's: a view waiting for another view's count stops waiting when its visitor leaves.</param>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(count);
        var now = clock.GetUtcNow();
        var age = _cache.TryGetValue(key, out Counted<T>? known) && known is not null ? now - known.At : TimeSpan.MaxValue;
        if (age < Lifetime) return known!.Value;
        if (age < StaleLimit)
        {
            if (!known!.Recount.TryClaim(now, StaleLimit)) return known.Value;
            try
            {
                return Keep(key, await count()).Value;
            }
            catch
            {
                known.Recount.Release();
                throw;
            }
        }
        return await CountOnceAsync(key, count, cancellationToken);
    }

    /// <summary>
    /// Nothing recent is known: the first view counts, and views arriving meanwhile wait for its count. If that
    /// count fails or is cancelled (its visitor left), each waiting view counts for itself; a waiting view whose own
    /// visitor leaves stops waiting at once.
    /// </summary>
    private async Task<T> CountOnceAsync<T>(string key, Func<Task<T>> count, CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource<Counted<T>?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _counting.GetOrAdd(key, mine.Task);
        if (running != mine.Task)
        {
            return running is Task<Counted<T>?> other && await other.WaitAsync(cancellationToken) is { } theirs
                ? theirs.Value
                : Keep(key, await count()).Value;
        }
        try
        {
            var counted = Keep(key, await count());
            mine.SetResult(counted);
            return counted.Value;
        }
        catch
        {
            mine.SetResult(null);
            throw;
        }
        finally
        {
            _counting.TryRemove(new KeyValuePair<string, Task>(key, mine.Task));
        }
    }

    private Counted<T> Keep<T>(string key, T value)
    {
        var counted = new Counted<T>(value, clock.GetUtcNow());
        // The cache's own expiry only frees the memory of counts nobody asks for any more; their age is judged above.
        _cache.Set(key, counted, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = StaleLimit, Size = 1 });
        return counted;
    }

    public void Dispose() => _cache.Dispose();

    private sealed class Counted<T>(T value, DateTimeOffset at)
    {
        public T Value { get; } = value;
        public DateTimeOffset At { get; } = at;

        /// <summary>
        /// Held by the one view that counts afresh, until that count fails; past <see cref="StaleLimit"/> this count
        /// is no longer served, so a claim never outlives its use.
        /// </summary>
        public ExpiringClaim Recount { get; } = new();
    }
}
