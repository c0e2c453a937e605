namespace Mensenhandel.Domain.Reports;

/// <summary>
/// A melding: what a signaler saw, routed to a coordination region (or the national queue). Identifying
/// fields are dropped on the way in when there is no consent or the melder stays anonymous.
/// </summary>
public sealed class Report
{
    private readonly List<ReportForm> _forms = [];
    private readonly List<ReportIndicator> _indicators = [];

    private Report() { }

    public Guid Id { get; private set; }

    /// <summary>MH-yyyy-nnnnnn, unique, see <see cref="ReportReference"/>.</summary>
    public string Reference { get; private set; } = "";

    /// <summary>SHA-256 of the follow-up code; the code itself is shown once and never stored.</summary>
    public string FollowUpCodeHash { get; private set; } = "";

    /// <summary>The submission token of the form: a second POST of the same form finds this melding.</summary>
    public Guid SubmissionKey { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The signaleerder account that submitted it, when a signed-in signaler did; null for the public form.</summary>
    public string? SubmittedBy { get; private set; }
    public ReportStatus Status { get; private set; }

    public string? MunicipalityCode { get; private set; }

    /// <summary>The coordination region; null means the national queue (CoMensha).</summary>
    public string? RegionId { get; private set; }

    public bool AcuteDanger { get; private set; }
    public string Description { get; private set; } = "";
    public string? OtherSignals { get; private set; }
    public string? PlaceDescription { get; private set; }
    public DateOnly? ObservedOn { get; private set; }

    public AgeGroup VictimAgeGroup { get; private set; }
    public bool VictimPossiblyMinor { get; private set; }
    public Gender VictimGender { get; private set; }
    public string? VictimNationality { get; private set; }
    public string? VictimLanguages { get; private set; }
    public string? VictimNameOrInitials { get; private set; }
    public Answer VictimKnowsAboutReport { get; private set; }
    public Consent VictimConsent { get; private set; }

    public bool ReporterAnonymous { get; private set; }
    public string? ReporterName { get; private set; }
    public string? ReporterOrganisation { get; private set; }
    public Sector ReporterSector { get; private set; }
    public string? ReporterPhone { get; private set; }
    public string? ReporterEmail { get; private set; }
    public Answer SafeToContactVictim { get; private set; }

    /// <summary>When the first triage is due (working days, see Calendar.TriageDeadline); set at submission.</summary>
    public DateTimeOffset TriageDueAt { get; private set; }

    /// <summary>The casus this melding belongs to, once triaged into one.</summary>
    public Guid? CaseId { get; private set; }

    public DateTimeOffset? TriagedAt { get; private set; }
    public string? TriagedBy { get; private set; }
    public ReportClosingReason? ClosingReason { get; private set; }

    /// <summary>
    /// When identifying data and free text were removed (retention or erasure); what remains is the
    /// statistical residue: dates, region, municipality, forms, sector, flags and status.
    /// </summary>
    public DateTimeOffset? PseudonymisedAt { get; private set; }

    public bool IsAwaitingTriage => TriagedAt is null;

    public bool IsOverdue(DateTimeOffset now) => IsAwaitingTriage && now > TriageDueAt;

    public IReadOnlyList<ReportForm> Forms => _forms;
    public IReadOnlyList<ReportIndicator> Indicators => _indicators;

    public static Report Submit(
        Guid submissionKey, string reference, string followUpCodeHash, DateTimeOffset submittedAt,
        Routing routing, Situation situation, VictimDetails victim, ReporterDetails reporter, string? submittedBy = null,
        DateTimeOffset? triageDueAt = null)
    {
        ArgumentNullException.ThrowIfNull(routing);
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(victim);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(followUpCodeHash);
        if (situation.Forms.Count == 0)
            throw new DomainRuleException("Kies ten minste één vorm van uitbuiting, of 'Weet ik niet'.");
        if (string.IsNullOrWhiteSpace(situation.Description))
            throw new DomainRuleException("Beschrijf wat u hebt gezien of gehoord.");

        victim = victim.ForTrack();
        reporter = reporter.ForTrack();
        var report = new Report
        {
            Id = Guid.CreateVersion7(submittedAt),
            Reference = reference,
            FollowUpCodeHash = followUpCodeHash,
            SubmissionKey = submissionKey,
            SubmittedAt = submittedAt.ToUniversalTime(),
            SubmittedBy = submittedBy,
            TriageDueAt = (triageDueAt ?? submittedAt).ToUniversalTime(),
            Status = ReportStatus.Received,
            MunicipalityCode = routing.MunicipalityCode,
            RegionId = routing.RegionId,
            AcuteDanger = situation.AcuteDanger,
            Description = situation.Description,
            OtherSignals = situation.OtherSignals,
            PlaceDescription = situation.PlaceDescription,
            ObservedOn = situation.ObservedOn,
            VictimAgeGroup = victim.AgeGroup,
            VictimPossiblyMinor = victim.PossiblyMinor,
            VictimGender = victim.Gender,
            VictimNationality = victim.Nationality,
            VictimLanguages = victim.Languages,
            VictimNameOrInitials = victim.NameOrInitials,
            VictimKnowsAboutReport = victim.KnowsAboutReport,
            VictimConsent = victim.Consent,
            ReporterAnonymous = reporter.Anonymous,
            ReporterName = reporter.Name,
            ReporterOrganisation = reporter.Organisation,
            ReporterSector = reporter.Sector,
            ReporterPhone = reporter.Phone,
            ReporterEmail = reporter.Email,
            SafeToContactVictim = reporter.SafeToContactVictim,
        };
        report._forms.AddRange(situation.Forms.Distinct().Select(f => new ReportForm(report.Id, f)));
        report._indicators.AddRange(situation.IndicatorCodes.Distinct(StringComparer.Ordinal).Select(c => new ReportIndicator(report.Id, c)));
        return report;
    }

    /// <summary>Triage into a casus: a new one or an existing one of the same region.</summary>
    public void AttachToCase(Guid caseId, string actorId, DateTimeOffset now)
    {
        RequireAwaitingTriage();
        CaseId = caseId;
        Triaged(ReportStatus.InProgress, actorId, now);
    }

    /// <summary>Triage without a casus: geen mensenhandel, onvoldoende informatie or elders belegd.</summary>
    public void CloseWithoutCase(ReportClosingReason reason, string actorId, DateTimeOffset now)
    {
        RequireAwaitingTriage();
        if (!Enum.IsDefined(reason)) throw new DomainRuleException("Kies een reden om de melding af te sluiten.");
        ClosingReason = reason;
        Triaged(ReportStatus.Closed, actorId, now);
    }

    /// <summary>
    /// Removes everything that identifies or describes a person (retention period ended, or an erasure
    /// request granted). Statistical columns stay, so dashboards keep their history. Idempotent.
    /// </summary>
    public void Pseudonymise(DateTimeOffset now)
    {
        Description = "";
        OtherSignals = null;
        PlaceDescription = null;
        VictimNationality = null;
        VictimLanguages = null;
        VictimNameOrInitials = null;
        ReporterName = null;
        ReporterOrganisation = null;
        ReporterPhone = null;
        ReporterEmail = null;
        PseudonymisedAt ??= now.ToUniversalTime();
    }

    private void RequireAwaitingTriage()
    {
        if (!IsAwaitingTriage) throw new DomainRuleException("Deze melding is al beoordeeld.");
    }

    private void Triaged(ReportStatus status, string actorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        Status = status;
        TriagedAt = now.ToUniversalTime();
        TriagedBy = actorId;
    }
}

public sealed class ReportForm
{
    private ReportForm() { }

    internal ReportForm(Guid reportId, ExploitationForm form)
    {
        ReportId = reportId;
        Form = form;
    }

    public Guid ReportId { get; private set; }
    public ExploitationForm Form { get; private set; }
}

public sealed class ReportIndicator
{
    private ReportIndicator() { }

    internal ReportIndicator(Guid reportId, string indicatorCode)
    {
        ReportId = reportId;
        IndicatorCode = indicatorCode;
    }

    public Guid ReportId { get; private set; }
    public string IndicatorCode { get; private set; } = "";
}
