namespace Mensenhandel.Domain.Municipalities;

/// <summary>The answers of one save of a municipality's policy baseline (bestuurlijk basisniveau).</summary>
public sealed record PolicyBaselineAnswers(
    bool DesignatedOfficerAppointed,
    bool InternalReportingRoute,
    bool CareCoordinationArranged,
    DateOnly? StaffTrainedOn,
    bool AwarenessActivities,
    DateOnly? PolicyPlanAdoptedOn);

/// <summary>
/// One version of a municipality's policy baseline (bestuurlijk basisniveau, "Samen tegen mensenhandel").
/// Append-only: every save is a new row with the next <see cref="Number"/>, so the history is the table itself.
/// The unique (municipality, number) pair is the concurrency check: two officers saving on top of the same
/// version cannot both win.
/// </summary>
public sealed class PolicyBaselineVersion
{
    /// <summary>The number of baseline elements, for "n van 6" progress.</summary>
    public const int ElementCount = 6;

    private PolicyBaselineVersion() { }

    public Guid Id { get; private set; }
    public string MunicipalityCode { get; private set; } = "";

    /// <summary>1 for the first save, then one more per save.</summary>
    public int Number { get; private set; }

    public bool DesignatedOfficerAppointed { get; private set; }
    public bool InternalReportingRoute { get; private set; }
    public bool CareCoordinationArranged { get; private set; }

    /// <summary>When front-office and inspection (handhaving) staff were last trained; null = not (yet).</summary>
    public DateOnly? StaffTrainedOn { get; private set; }

    public bool AwarenessActivities { get; private set; }
    public DateOnly? PolicyPlanAdoptedOn { get; private set; }

    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>How many of the six elements are in place.</summary>
    public int ElementsInPlace =>
        (DesignatedOfficerAppointed ? 1 : 0) + (InternalReportingRoute ? 1 : 0) + (CareCoordinationArranged ? 1 : 0)
        + (StaffTrainedOn is null ? 0 : 1) + (AwarenessActivities ? 1 : 0) + (PolicyPlanAdoptedOn is null ? 0 : 1);

    public bool IsComplete => ElementsInPlace == ElementCount;

    /// <summary>
    /// The next version on top of <paramref name="basedOnNumber"/> (0 when there is none yet). Dates may not lie
    /// in the future: they record what happened.
    /// </summary>
    public static PolicyBaselineVersion Record(string municipalityCode, int basedOnNumber, PolicyBaselineAnswers answers,
        string actorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(municipalityCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentOutOfRangeException.ThrowIfNegative(basedOnNumber);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (answers.StaffTrainedOn > today) throw new DomainRuleException("De trainingsdatum ligt in de toekomst.");
        if (answers.PolicyPlanAdoptedOn > today) throw new DomainRuleException("De datum van vaststelling ligt in de toekomst.");
        return new PolicyBaselineVersion
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityCode = municipalityCode,
            Number = basedOnNumber + 1,
            DesignatedOfficerAppointed = answers.DesignatedOfficerAppointed,
            InternalReportingRoute = answers.InternalReportingRoute,
            CareCoordinationArranged = answers.CareCoordinationArranged,
            StaffTrainedOn = answers.StaffTrainedOn,
            AwarenessActivities = answers.AwarenessActivities,
            PolicyPlanAdoptedOn = answers.PolicyPlanAdoptedOn,
            RecordedBy = actorId,
            RecordedAt = now.ToUniversalTime(),
        };
    }
}
