using Mensenhandel.Web.Pages.Meldingen;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Mensenhandel.Web.Tests.Triage;

/// <summary>When a backlog's count is reused and who counts it again, without a database.</summary>
public sealed class BacklogCountsTests
{
    private const string Scope = "meldingen:Zorgcoördinator:RE04";

    private readonly TestClock _clock = new();
    private readonly BacklogCounts _counts;

    public BacklogCountsTests() => _counts = new BacklogCounts(_clock,
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Queue:BacklogFrom"] = "1000" }).Build());

    private static readonly (int All, int Overdue) Last = (5000, 10);

    private void CountedAgo(TimeSpan age)
    {
        _counts.Counted(Scope, Last.All, Last.Overdue);
        _clock.Advance(age);
    }

    [Fact]
    public void While_few_wait_every_view_counts()
    {
        _counts.Counted(Scope, 999, 10);

        Assert.Null(_counts.Recent(Scope));
        Assert.Null(_counts.Recent(Scope));
    }

    [Fact]
    public void A_backlogs_count_is_reused_for_its_lifetime()
    {
        CountedAgo(TimeSpan.Zero);

        Assert.Equal(Last, _counts.Recent(Scope));
    }

    [Fact]
    public void After_its_lifetime_one_view_counts_again_and_the_others_meanwhile_are_served_the_last_count()
    {
        CountedAgo(BacklogCounts.Lifetime);

        Assert.Null(_counts.Recent(Scope)); // this view counts
        Assert.Equal(Last, _counts.Recent(Scope));
        Assert.Equal(Last, _counts.Recent(Scope));

        _counts.Counted(Scope, 5100, 12);
        Assert.Equal((5100, 12), _counts.Recent(Scope));
    }

    [Fact]
    public void A_recount_that_never_arrives_is_taken_over_after_the_lifetime()
    {
        CountedAgo(BacklogCounts.Lifetime);
        Assert.Null(_counts.Recent(Scope)); // this view's count fails: Counted is never called

        _clock.Advance(BacklogCounts.Lifetime);

        Assert.Null(_counts.Recent(Scope));
        Assert.Equal(Last, _counts.Recent(Scope));
    }

    [Fact]
    public void A_count_older_than_the_stale_limit_is_not_served()
    {
        CountedAgo(BacklogCounts.StaleLimit);

        Assert.Null(_counts.Recent(Scope));
        Assert.Null(_counts.Recent(Scope));
    }

    [Fact]
    public void Concurrent_views_after_the_lifetime_leave_the_recount_to_one()
    {
        CountedAgo(BacklogCounts.Lifetime);
        var counting = 0;

        Parallel.For(0, 64, _ => { if (_counts.Recent(Scope) is null) Interlocked.Increment(ref counting); });

        Assert.Equal(1, counting);
    }
}
