namespace Mensenhandel.Web.Infrastructure;

/// <summary>
/// One caller at a time does a piece of work that many callers find due at the same moment (a recount, a check of
/// a sign-in ticket): the first claims it, the others go on without it. A claim ends when its holder releases it,
/// or, when the holder never does (it failed, or the work's result is stored elsewhere), once it is older than
/// the lifetime the next caller asks with. Lock-free: one compare-exchange on the claim's time.
/// </summary>
public sealed class ExpiringClaim
{
    private const long Free = long.MinValue;
    private long _claimedAt; // UTC ticks, or Free

    private ExpiringClaim(long claimedAt) => _claimedAt = claimedAt;

    /// <summary>A claim nobody holds.</summary>
    public ExpiringClaim() : this(Free) { }

    /// <summary>A claim its creator holds from <paramref name="now"/> on (for a map entry added by the one who claims it).</summary>
    public static ExpiringClaim HeldFrom(DateTimeOffset now) => new(now.UtcTicks);

    /// <summary>True for the one caller that claims it: nobody held it, or its claim is older than <paramref name="lifetime"/>.</summary>
    public bool TryClaim(DateTimeOffset now, TimeSpan lifetime)
    {
        var claimed = Interlocked.Read(ref _claimedAt);
        return !IsHeld(claimed, now, lifetime) && Interlocked.CompareExchange(ref _claimedAt, now.UtcTicks, claimed) == claimed;
    }

    /// <summary>Whether a claim younger than <paramref name="lifetime"/> is held at <paramref name="now"/>.</summary>
    public bool IsHeld(DateTimeOffset now, TimeSpan lifetime) => IsHeld(Interlocked.Read(ref _claimedAt), now, lifetime);

    /// <summary>The work was not done: the next caller claims it at once.</summary>
    public void Release() => Interlocked.Exchange(ref _claimedAt, Free);

    private static bool IsHeld(long claimedAt, DateTimeOffset now, TimeSpan lifetime) =>
        claimedAt != Free && now.UtcTicks - claimedAt < lifetime.Ticks;
}
