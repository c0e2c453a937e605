using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Infrastructure;

namespace Mensenhandel.Web.Tests.Scale;

/// <summary>The one-caller-at-a-time claim behind the recounts and the security-stamp checks.</summary>
public sealed class ExpiringClaimTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    [Fact]
    public void The_first_caller_claims_and_the_others_do_not_while_the_claim_is_younger_than_its_lifetime()
    {
        var claim = new ExpiringClaim();
        Assert.False(claim.IsHeld(Now, Lifetime));

        Assert.True(claim.TryClaim(Now, Lifetime));
        Assert.True(claim.IsHeld(Now.AddSeconds(1), Lifetime));
        Assert.False(claim.TryClaim(Now.AddSeconds(1), Lifetime));
        Assert.False(claim.TryClaim(Now + Lifetime - TimeSpan.FromTicks(1), Lifetime));
    }

    [Fact]
    public void A_claim_its_holder_never_released_is_taken_over_after_its_lifetime()
    {
        var claim = new ExpiringClaim();
        Assert.True(claim.TryClaim(Now, Lifetime));

        Assert.True(claim.TryClaim(Now + Lifetime, Lifetime));
        Assert.False(claim.TryClaim(Now + Lifetime, Lifetime));
    }

    [Fact]
    public void A_released_claim_is_claimed_at_once_by_the_next_caller()
    {
        var claim = new ExpiringClaim();
        Assert.True(claim.TryClaim(Now, Lifetime));

        claim.Release();

        Assert.False(claim.IsHeld(Now, Lifetime));
        Assert.True(claim.TryClaim(Now, Lifetime));
    }

    [Fact]
    public void A_claim_created_held_is_its_creators()
    {
        var claim = ExpiringClaim.HeldFrom(Now);

        Assert.True(claim.IsHeld(Now, Lifetime));
        Assert.False(claim.TryClaim(Now.AddSeconds(1), Lifetime));
        Assert.True(claim.TryClaim(Now + Lifetime, Lifetime));
    }

    [Fact]
    public void Concurrent_callers_claim_it_once()
    {
        for (var round = 0; round < 20; round++)
        {
            var claim = new ExpiringClaim();
            var claimed = 0;
            Parallel.For(0, 64, _ => { if (claim.TryClaim(Now, Lifetime)) Interlocked.Increment(ref claimed); });
            Assert.Equal(1, claimed);
        }
    }

    [Fact]
    public void Concurrent_requests_that_find_a_lapsed_check_while_it_is_pruned_claim_it_once()
    {
        // The pruning (once per interval) and the requests of a ticket whose earlier claim lapsed meet here: the
        // pruning drops the lapsed entry while requests claim it, and still only one request runs the check.
        var interval = TimeSpan.FromMinutes(1);
        for (var round = 0; round < 20; round++)
        {
            var checks = new SecurityStampChecks();
            Assert.True(checks.TryClaim("u1", Now, Now, interval));
            var later = Now + interval;
            var claimed = 0;
            Parallel.For(0, 64, _ => { if (checks.TryClaim("u1", Now, later, interval)) Interlocked.Increment(ref claimed); });
            Assert.Equal(1, claimed);
        }
    }
}
