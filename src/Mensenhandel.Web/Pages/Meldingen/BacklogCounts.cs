using System.Collections.Concurrent;

namespace Mensenhandel.Web.Pages.Meldingen;

/// <summary>
/// How many meldingen of a scope (role and region) wait for triage, and how many of them are overdue, as last
/// counted by the queue. The queue counts them exactly on every view while few wait. The count reads every
/// waiting entry of the index, and a fresh entry also its table page until autovacuum has marked the page
/// all-visible (up to a minute): after a campaign or an outage, with thousands waiting, that count was most of the
/// queue's cost (docs/performance.md). From <see cref="Threshold"/> waiting on, a count is therefore reused for
/// <see cref="Lifetime"/>: a coordinator facing thousands sees a figure at most that old, while the list itself is
/// always read fresh. Offset pages are no snapshot anyway (a colleague's triage shifts them too), so a count a
/// moment old adds no new kind of shift. The last count of any size is also the queue's expectation for a later
/// page (<see cref="LastWaiting"/>), which the page checks before it relies on it.
/// </summary>
public sealed class BacklogCounts(TimeProvider clock, IConfiguration configuration)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    /// <summary>From this many waiting meldingen on, a count is reused (setting <c>Queue:BacklogFrom</c>, default 1,000).</summary>
    public int Threshold { get; } = Math.Max(1, configuration.GetValue("Queue:BacklogFrom", 1000));

    // One entry per role and region: a few dozen at most.
    private readonly ConcurrentDictionary<string, (int All, int Overdue, DateTimeOffset CountedAt)> _last = new(StringComparer.Ordinal);

    /// <summary>A backlog's count of this scope, if one was counted less than <see cref="Lifetime"/> ago.</summary>
    public (int All, int Overdue)? Recent(string scope) =>
        _last.TryGetValue(scope, out var known) && known.All >= Threshold && known.CountedAt + Lifetime > clock.GetUtcNow()
            ? (known.All, known.Overdue) : null;

    /// <summary>How many waited at the scope's last count, however old: an expectation, not a fact.</summary>
    public int? LastWaiting(string scope) => _last.TryGetValue(scope, out var known) ? known.All : null;

    public void Counted(string scope, int all, int overdue) => _last[scope] = (all, overdue, clock.GetUtcNow());
}
