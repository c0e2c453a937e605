using Mensenhandel.Domain.Auditing;

namespace Mensenhandel.Domain.Tests;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static List<AuditEvent> Chain(int count)
    {
        var events = new List<AuditEvent>();
        var previous = AuditEvent.GenesisHash;
        for (var i = 0; i < count; i++)
        {
            var e = new AuditEvent(Now.AddSeconds(i), $"gebruiker-{i}", AuditAction.Viewed, "Melding", $"{i}", AuditResult.Success, "127.0.0.1", null);
            e.Chain(previous);
            previous = e.Hash;
            events.Add(e);
        }
        return events;
    }

    [Fact]
    public void An_untouched_chain_has_no_break()
    {
        var previous = AuditEvent.GenesisHash;

        Assert.Null(AuditChain.FindFirstBreak(Chain(5), ref previous));
    }

    [Fact]
    public void Removing_an_event_breaks_the_chain_at_the_next_one()
    {
        var events = Chain(5);
        var removed = events[2];
        events.Remove(removed);
        var previous = AuditEvent.GenesisHash;

        var broken = AuditChain.FindFirstBreak(events, ref previous);

        Assert.NotNull(broken);
        Assert.Contains("verwijderd", broken.Reason);
    }

    [Fact]
    public void Equal_content_at_different_places_in_the_chain_gives_different_hashes()
    {
        var a = new AuditEvent(Now, "x", AuditAction.Login, null, null, AuditResult.Success, null, null);
        var b = new AuditEvent(Now, "x", AuditAction.Login, null, null, AuditResult.Success, null, null);
        a.Chain(AuditEvent.GenesisHash);
        b.Chain(a.Hash);

        Assert.NotEqual(a.Hash, b.Hash);
        Assert.True(a.HashIsValid());
        Assert.True(b.HashIsValid());
    }

    [Fact]
    public void Details_are_cut_to_their_maximum_length()
    {
        var e = new AuditEvent(Now, "x", AuditAction.Changed, "Casus", "1", AuditResult.Success, null, null, new string('x', 500));

        Assert.Equal(AuditEvent.MaxDetailLength, e.Detail!.Length);
    }
}
