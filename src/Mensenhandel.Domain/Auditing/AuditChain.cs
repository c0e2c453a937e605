namespace Mensenhandel.Domain.Auditing;

/// <summary>Checks a run of audit events, in id order, for the first link that does not hold.</summary>
public static class AuditChain
{
    public sealed record Break(long EventId, string Reason);

    /// <summary>
    /// Returns the first broken link, or null when every event's hash is right and points at its predecessor.
    /// <paramref name="previousHash"/> is the hash the first event must point at (genesis, or the last checked one).
    /// </summary>
    public static Break? FindFirstBreak(IEnumerable<AuditEvent> eventsInIdOrder, ref string previousHash)
    {
        ArgumentNullException.ThrowIfNull(eventsInIdOrder);
        foreach (var e in eventsInIdOrder)
        {
            if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
                return new Break(e.Id, "verwijst niet naar de vorige gebeurtenis (een gebeurtenis is verwijderd of ingevoegd)");
            if (!e.HashIsValid())
                return new Break(e.Id, "inhoud komt niet overeen met de hash (de gebeurtenis is gewijzigd)");
            previousHash = e.Hash;
        }
        return null;
    }
}
