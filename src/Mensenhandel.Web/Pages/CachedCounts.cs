using Microsoft.Extensions.Caching.Memory;

namespace Mensenhandel.Web.Pages;

/// <summary>
/// Counts over the history of a region (all meldingen in behandeling or afgesloten, all casussen) cost a scan
/// of tens of thousands of index entries; a queue page asks for them on every view. They are kept for a few
/// seconds per scope and filter. Counts of work waiting now (nieuw, te laat) are not kept here: the pages
/// count those exactly while few wait (a backlog's count is reused for a moment, see Meldingen.BacklogCounts).
/// </summary>
public sealed class CachedCounts : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);

    /// <param name="key">What was counted, including the scope of the user (role and region), never user input unbounded.</param>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (_cache.TryGetValue(key, out T? value) && value is not null) return value;
        value = await count();
        _cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return value;
    }

    public void Dispose() => _cache.Dispose();
}
