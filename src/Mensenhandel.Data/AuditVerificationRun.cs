namespace Mensenhandel.Data;

/// <summary>
/// The result of one scheduled verification of the audit hash chain, so every instance's health check sees
/// the last result, whichever instance ran it. Ids and counts only.
/// </summary>
public sealed class AuditVerificationRun
{
    private AuditVerificationRun() { }

    public AuditVerificationRun(DateTimeOffset checkedAt, long eventsChecked, long? firstBrokenEventId)
    {
        Id = Guid.CreateVersion7(checkedAt);
        CheckedAt = checkedAt.ToUniversalTime();
        EventsChecked = eventsChecked;
        FirstBrokenEventId = firstBrokenEventId;
    }

    public Guid Id { get; private set; }
    public DateTimeOffset CheckedAt { get; private set; }
    public long EventsChecked { get; private set; }
    public long? FirstBrokenEventId { get; private set; }
    public bool IsIntact => FirstBrokenEventId is null;
}
