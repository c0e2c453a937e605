using System.Collections.Concurrent;

namespace Mensenhandel.Web.Identity;

/// <summary>A session as read from <c>UserSessions</c>, kept by <see cref="SessionCache"/>.</summary>
public sealed record CachedSession(string UserId, byte[] Ticket, DateTimeOffset ExpiresAt, DateTimeOffset LastSeenAt);

/// <summary>
/// This instance's copy of recently read sessions, so that a signed-in request does not read <c>UserSessions</c>
/// every time. It is only used while <see cref="SessionRevocationListener"/> hears PostgreSQL's notifications of
/// changed and ended sessions (a trigger on <c>UserSessions</c> sends them from every instance); without that
/// channel (SQLite, a lost connection, the first moments after start) it stays empty and every request reads the
/// database, as before. An entry is served only within <see cref="DatabaseTicketStore.LastSeenResolution"/> of
/// the moment the database last saw the session, so the idle timeout stays exact.
/// </summary>
public sealed class SessionCache
{
    private readonly ConcurrentDictionary<string, CachedSession> _entries = new(StringComparer.Ordinal);
    private long _invalidations;
    private volatile bool _live;

    /// <summary>True while revocations from every instance reach this one; only then is anything cached.</summary>
    public bool IsLive => _live;

    public int Count => _entries.Count;

    /// <summary>
    /// Taken before a session is read from the database: a later <see cref="Store"/> with it is refused when any
    /// session was changed or ended in between, so a read that raced a logout cannot bring the session back.
    /// </summary>
    public long Version => Interlocked.Read(ref _invalidations);

    public bool TryGet(string id, out CachedSession session)
    {
        session = null!;
        return _live && _entries.TryGetValue(id, out session!);
    }

    public void Store(string id, CachedSession session, long version)
    {
        if (!_live) return;
        _entries[id] = session;
        // An invalidation (or loss of the channel) that happened since the read wins: take the entry out again.
        if (!_live || Version != version) _entries.TryRemove(id, out _);
    }

    /// <summary>A session changed or ended (here, or on another instance through the notification).</summary>
    public void Invalidate(string id)
    {
        Interlocked.Increment(ref _invalidations);
        _entries.TryRemove(id, out _);
    }

    /// <summary>Every session of a user ended (deactivation, password change, MFA reset).</summary>
    public void InvalidateUser(string userId)
    {
        Interlocked.Increment(ref _invalidations);
        foreach (var entry in _entries)
        {
            if (entry.Value.UserId == userId) _entries.TryRemove(entry.Key, out _);
        }
    }

    /// <summary>The notification channel is listening (again): start caching from an empty cache.</summary>
    public void GoLive()
    {
        Interlocked.Increment(ref _invalidations);
        _entries.Clear();
        _live = true;
    }

    /// <summary>The channel is lost: notifications may be missed, so nothing cached may be trusted.</summary>
    public void GoDark()
    {
        _live = false;
        Interlocked.Increment(ref _invalidations);
        _entries.Clear();
    }

    /// <summary>Drops entries the store would no longer serve anyway, so the cache holds only active sessions.</summary>
    public void RemoveStale(DateTimeOffset seenBefore)
    {
        foreach (var entry in _entries)
        {
            if (entry.Value.LastSeenAt < seenBefore) _entries.TryRemove(entry.Key, out _);
        }
    }
}
