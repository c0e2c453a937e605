namespace Mensenhandel.Domain.Cases;

/// <summary>A stay in a shelter (opvang) at a care organisation.</summary>
public sealed class ShelterPlacement
{
    private ShelterPlacement() { }

    internal ShelterPlacement(Guid caseId, Guid organisationId, DateOnly startOn)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        OrganisationId = organisationId;
        StartOn = startOn;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateOnly StartOn { get; private set; }
    public DateOnly? EndOn { get; private set; }

    internal void End(DateOnly endOn)
    {
        if (EndOn is not null) throw new DomainRuleException("Deze opvang is al beëindigd.");
        if (endOn < StartOn) throw new DomainRuleException("De einddatum ligt voor de begindatum van de opvang.");
        EndOn = endOn;
    }
}

/// <summary>
/// Two or more municipalities disagree about who pays for shelter and care. Never silent: it shows on the
/// queue until resolved and escalates after a configured number of days.
/// </summary>
public sealed class FundingDispute
{
    private FundingDispute() { }

    internal FundingDispute(Guid caseId, IEnumerable<string> municipalityCodes, string? note, string openedBy, DateTimeOffset openedAt)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        MunicipalityCodes = string.Join(',', municipalityCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Note = note;
        OpenedBy = openedBy;
        OpenedAt = openedAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }

    /// <summary>The CBS codes of the municipalities involved, comma-separated and sorted.</summary>
    public string MunicipalityCodes { get; private set; } = "";

    public string? Note { get; private set; }
    public string OpenedBy { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? PayingMunicipalityCode { get; private set; }

    /// <summary>
    /// When the coordinators and the municipalities involved were mailed that the dispute escalated (once; set by
    /// the escalation job in the same transaction as the mails it queues). Null while not escalated or not yet told.
    /// </summary>
    public DateTimeOffset? EscalationNotifiedAt { get; private set; }

    public IReadOnlyList<string> Municipalities => MunicipalityCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsEscalated(DateTimeOffset now, FundingDisputePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return ResolvedAt is null && OpenedAt <= policy.EscalatesIfOpenedBy(now);
    }

    internal void Blank() => Note = null;

    internal void Resolve(string payingMunicipalityCode, DateTimeOffset now)
    {
        if (!Municipalities.Contains(payingMunicipalityCode, StringComparer.Ordinal))
            throw new DomainRuleException("De betalende gemeente moet een van de gemeenten in het geschil zijn.");
        PayingMunicipalityCode = payingMunicipalityCode;
        ResolvedAt = now.ToUniversalTime();
    }
}

/// <summary>After how many days an unresolved funding dispute escalates (configurable, section "Casussen").</summary>
public sealed record FundingDisputePolicy(int EscalateAfterDays = 14)
{
    public static FundingDisputePolicy Default { get; } = new();

    /// <summary>
    /// Disputes opened at or before this moment and still unresolved are escalated. The one rule, for a loaded
    /// dispute (<see cref="FundingDispute.IsEscalated"/>) and for queries (compare <c>OpenedAt</c> with it).
    /// </summary>
    public DateTimeOffset EscalatesIfOpenedBy(DateTimeOffset now) => now - TimeSpan.FromDays(EscalateAfterDays);
}
