using System.Collections.Concurrent;
using Mensenhandel.Web.Infrastructure;

namespace Mensenhandel.Web.Identity;

/// <summary>
/// Which sign-in tickets this instance has lately checked against their user's security stamp. When a ticket's
/// interval passes, every request of that session in flight finds the check due at once; each would run
/// Identity's validator (a user read, the claims rebuilt) and each would renew the same session row, one commit
/// after the other behind its row lock. A ticket is checked once per interval per instance instead: the first
/// request that finds the check due claims it, requests with the same ticket meanwhile go on with the principal
/// they have, exactly as a request that came a moment earlier would have.
/// <para>
/// A ticket is known by its user and its issue time; the validator's renewal gives the session a new issue time,
/// so the next check is the renewed ticket's own. When a renewal does not land (the request ended before its
/// response started), the claim runs out after the interval and the old ticket is checked again; a check that
/// fails with an error releases its claim at once.
/// </para>
/// </summary>
public sealed class SecurityStampChecks
{
    private readonly ConcurrentDictionary<(string UserId, DateTimeOffset Issued), ExpiringClaim> _claims = new();
    private long _prunedAt; // UTC ticks of the last pruning

    /// <summary>
    /// True when this request is to run the check of the ticket: no check of it was claimed on this instance within
    /// <paramref name="interval"/> before <paramref name="now"/>.
    /// </summary>
    public bool TryClaim(string userId, DateTimeOffset issued, DateTimeOffset now, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(userId);
        Prune(now, interval);
        var mine = ExpiringClaim.HeldFrom(now);
        var claim = _claims.GetOrAdd((userId, issued), mine);
        return claim == mine || claim.TryClaim(now, interval);
    }

    /// <summary>The claimed check did not complete: the next request with this ticket runs it.</summary>
    public void Release(string userId, DateTimeOffset issued)
    {
        if (_claims.TryGetValue((userId, issued), out var claim)) claim.Release();
    }

    /// <summary>The number of tickets with a claim (expired claims are dropped once per interval).</summary>
    public int Count => _claims.Count;

    // Claims older than the interval decide nothing any more; dropping them once per interval keeps the map to the
    // tickets of the sessions active in the last interval or two. The pruning claims an entry before it drops it,
    // so a request that found the entry just before cannot also claim it: it goes on without a check, and the
    // next request with the ticket adds a new entry and checks (never two checks of one ticket at once).
    private void Prune(DateTimeOffset now, TimeSpan interval)
    {
        var last = Interlocked.Read(ref _prunedAt);
        if (now.UtcTicks - last < interval.Ticks || Interlocked.CompareExchange(ref _prunedAt, now.UtcTicks, last) != last) return;
        foreach (var entry in _claims)
        {
            if (entry.Value.TryClaim(now, interval)) _claims.TryRemove(entry);
        }
    }
}
