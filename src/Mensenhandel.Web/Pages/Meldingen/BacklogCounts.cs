using System.Collections.Concurrent;
using Mensenhandel.Web.Infrastructure;

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
/// <para>
/// When a reused count has passed its lifetime, one view counts again and the views meanwhile are served the count
/// of a moment ago (up to <see cref="StaleLimit"/> old); without that, every view in flight counted at once, each
/// slower for the others (the same shape as <see cref="CachedCounts"/>' history counts). A view that claimed the
/// recount and never stored it (it failed) is replaced by the next view after <see cref="Lifetime"/>.
/// </para>
/// </summary>
public sealed class BacklogCounts(TimeProvider clock, IConfiguration configuration)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    /// <summary>Up to this age a backlog's count is served while one view counts it again; an older one is not served.</summary>
    public static readonly TimeSpan StaleLimit = TimeSpan.FromSeconds(10);

    /// <summary>From this many waiting meldingen on, a count is reused (setting <c>Queue:BacklogFrom</c>, default 1,000).</summary>
    public int Threshold { get; } = Math.Max(1, configuration.GetValue("Queue:BacklogFrom", 1000));

    // One entry per role and region: a few dozen at most.
    private readonly ConcurrentDictionary<string, Count> _last = new(StringComparer.Ordinal);

    /// <summary>
    /// A backlog's count of this scope to show instead of counting: one counted less than <see cref="Lifetime"/> ago,
    /// or, while another view counts it again, the last one. Null: this view counts.
    /// </summary>
    public (int All, int Overdue)? Recent(string scope)
    {
        if (!_last.TryGetValue(scope, out var known) || known.All < Threshold) return null;
        var now = clock.GetUtcNow();
        var age = now - known.CountedAt;
        if (age < Lifetime) return (known.All, known.Overdue);
        return age < StaleLimit && !known.Recount.TryClaim(now, Lifetime) ? (known.All, known.Overdue) : null;
    }

    /// <summary>How many waited at the scope's last count, however old: an expectation, not a fact.</summary>
    public int? LastWaiting(string scope) => _last.TryGetValue(scope, out var known) ? known.All : null;

    public void Counted(string scope, int all, int overdue) => _last[scope] = new Count(all, overdue, clock.GetUtcNow());

    private sealed class Count(int all, int overdue, DateTimeOffset countedAt)
    {
        public int All { get; } = all;
        public int Overdue { get; } = overdue;
        public DateTimeOffset CountedAt { get; } = countedAt;

        /// <summary>Held by the one view that counts again; a claim older than <see cref="Lifetime"/> is taken over.</summary>
        public ExpiringClaim Recount { get; } = new();
    }
}
