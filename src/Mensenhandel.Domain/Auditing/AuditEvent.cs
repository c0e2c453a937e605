using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mensenhandel.Domain.Auditing;

/// <summary>
/// One line of the append-only audit trail: who did what to which object, with what result, from where.
/// Never names or free text. Each event carries a hash over its content and the previous event's hash, so
/// changing or removing any row breaks the chain from that point on.
/// </summary>
public sealed class AuditEvent
{
    public const int MaxDetailLength = 200;
    private AuditEvent() { }

    public AuditEvent(
        DateTimeOffset occurredAt, string? actorId, AuditAction action, string? objectType, string? objectId,
        AuditResult result, string? origin, string? correlationId, string? detail = null)
    {
        // Whole 100 µs: what both stores keep exactly (PostgreSQL microseconds, SQLite's binary DateTimeOffset
        // 1,000 ticks), so the hash computed now matches the row read back later.
        var utc = occurredAt.ToUniversalTime();
        OccurredAt = utc.AddTicks(-(utc.Ticks % 1_000));
        ActorId = Limit(actorId, 64);
        Action = action;
        ObjectType = Limit(objectType, 40);
        ObjectId = Limit(objectId, 64);
        Result = result;
        Origin = Limit(origin, 64);
        CorrelationId = Limit(correlationId, 64);
        Detail = Limit(detail, MaxDetailLength);
    }

    public long Id { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string? ActorId { get; private set; }
    public AuditAction Action { get; private set; }
    public string? ObjectType { get; private set; }
    public string? ObjectId { get; private set; }
    public AuditResult Result { get; private set; }
    public string? Origin { get; private set; }
    public string? CorrelationId { get; private set; }

    /// <summary>A short machine-made note (e.g. "rol: Politie → Zorgpartner"); never anything a person typed.</summary>
    public string? Detail { get; private set; }

    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Links this event after <paramref name="previousHash"/> (the genesis hash for the first event).</summary>
    public void Chain(string previousHash)
    {
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public bool HashIsValid() => string.Equals(Hash, ComputeHash(), StringComparison.Ordinal);

    private string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            PreviousHash,
            OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            ActorId ?? "",
            Action.ToString(),
            ObjectType ?? "",
            ObjectId ?? "",
            Result.ToString(),
            Origin ?? "",
            CorrelationId ?? "",
            Detail ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string? Limit(string? value, int length) =>
        value is null ? null : value.Length <= length ? value : value[..length];
}
