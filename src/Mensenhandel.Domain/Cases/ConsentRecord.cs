namespace Mensenhandel.Domain.Cases;

/// <summary>How the possible victim's consent reached the coordinator.</summary>
public enum ConsentChannel
{
    /// <summary>In person, with the coordinator.</summary>
    InPerson,

    /// <summary>In person, through an interpreter.</summary>
    Interpreter,

    /// <summary>Through a care partner or shelter worker.</summary>
    CarePartner,

    /// <summary>Through the police or another authority.</summary>
    Authority,

    /// <summary>Signed in writing.</summary>
    Written,
}

/// <summary>
/// One consent to share identifying data: which consent text version was agreed, through whom and when, and
/// its withdrawal. History is kept: a new consent after a withdrawal is a new record. No free text.
/// </summary>
public sealed class ConsentRecord
{
    public const int MaxTextVersionLength = 20;

    private ConsentRecord() { }

    internal ConsentRecord(Guid caseId, string textVersion, ConsentChannel channel, string actorId, DateTimeOffset now)
    {
        textVersion = (textVersion ?? "").Trim();
        if (textVersion.Length == 0) throw new DomainRuleException("Kies de versie van de toestemmingstekst.");
        if (textVersion.Length > MaxTextVersionLength) throw new DomainRuleException($"De versie mag hoogstens {MaxTextVersionLength} tekens lang zijn.");
        if (!Enum.IsDefined(channel)) throw new DomainRuleException("Kies via wie de toestemming is gegeven.");
        Id = Guid.CreateVersion7(now);
        CaseId = caseId;
        TextVersion = textVersion;
        Channel = channel;
        GivenAt = now.ToUniversalTime();
        RecordedBy = actorId;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string TextVersion { get; private set; } = "";
    public ConsentChannel Channel { get; private set; }
    public DateTimeOffset GivenAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawalRecordedBy { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    internal void Withdraw(string actorId, DateTimeOffset now)
    {
        WithdrawnAt = now.ToUniversalTime();
        WithdrawalRecordedBy = actorId;
    }
}
