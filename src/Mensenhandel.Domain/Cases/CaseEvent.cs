namespace Mensenhandel.Domain.Cases;

public enum CaseEventKind
{
    Opened,
    StatusChanged,
    Reopened,
    Note,
    ReportLinked,
    Assigned,
    ReferralSent,
    ReferralAnswered,
    ReferralFeedback,
    ReferralRevoked,
    ShelterStarted,
    ShelterEnded,
    ResponsibleMunicipalitySet,
    FundingDisputeOpened,
    FundingDisputeResolved,
    ReflectionPeriodStarted,
    ReferralCompleted,
    FormsChanged,
    ConsentRecorded,
    ConsentWithdrawn,
    Pseudonymised,
}

/// <summary>
/// One line of a casus's timeline: append-only, who and when. Notes carry free text; every other kind
/// carries a short machine-made description.
/// </summary>
public sealed class CaseEvent
{
    private CaseEvent() { }

    internal CaseEvent(Guid caseId, CaseEventKind kind, string actorId, DateTimeOffset at, string text)
    {
        Id = Guid.CreateVersion7(at);
        CaseId = caseId;
        Kind = kind;
        ActorId = actorId;
        At = at.ToUniversalTime();
        Text = text;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public CaseEventKind Kind { get; private set; }
    public string ActorId { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>Retention or erasure: the line stays (kind, who, when), its text goes.</summary>
    internal void Blank() => Text = "";
}
