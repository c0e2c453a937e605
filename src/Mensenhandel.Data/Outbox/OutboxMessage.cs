namespace Mensenhandel.Data.Outbox;

/// <summary>
/// A notification to send, written in the same transaction as what it announces. It carries ids only,
/// never content. Times are UTC <see cref="DateTime"/>s because SQLite cannot compare DateTimeOffsets.
/// </summary>
public sealed class OutboxMessage
{
    public const string NewReport = "NewReport";

    private OutboxMessage() { }

    public OutboxMessage(string type, Guid reportId, string? regionId, DateTime createdAtUtc)
    {
        Id = Guid.CreateVersion7();
        Type = type;
        ReportId = reportId;
        RegionId = regionId;
        CreatedAt = createdAtUtc;
        NextAttemptAt = createdAtUtc;
    }

    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public Guid ReportId { get; private set; }

    /// <summary>Whose coordinators to tell; null is the national desk.</summary>
    public string? RegionId { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }

    /// <summary>The lease: an instance that claimed the message sends it until this time; nobody else may.</summary>
    public DateTime? LockedUntil { get; private set; }
    public Guid? LockedBy { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>The kind of the last failure (an exception type), never a message that could echo content.</summary>
    public string? LastError { get; private set; }
}
