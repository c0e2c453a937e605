using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Domain.Cases;

/// <summary>How the responsible (paying) municipality was determined.</summary>
public enum ResponsibilityBasis
{
    /// <summary>Where the person is registered (BRP).</summary>
    RegisteredAddress,

    /// <summary>Where the person was found.</summary>
    PlaceFound,

    /// <summary>Chosen by the coordinator, with a reason.</summary>
    Override,
}

/// <summary>
/// A casus: the coordinated response to one possible victim, opened from a melding by the zorgcoördinator of
/// the region. Its status moves only along <see cref="CaseWorkflow"/>; every change lands on the append-only
/// timeline with who and when.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
    Justification = "Case is the glossary's name for a casus; the portal is C# only.")]
public sealed class Case
{
    public const int MaxNoteLength = 4000;
    public const int MaxReasonLength = 500;

    private readonly List<CaseForm> _forms = [];
    private readonly List<CaseEvent> _events = [];
    private readonly List<ShelterPlacement> _placements = [];
    private readonly List<FundingDispute> _disputes = [];
    private readonly List<ConsentRecord> _consentRecords = [];

    private Case() { }

    public Guid Id { get; private set; }

    /// <summary>CS-yyyy-nnnnnn.</summary>
    public string Reference { get; private set; } = "";

    /// <summary>The coordination region; null for the national desk (CoMensha).</summary>
    public string? RegionId { get; private set; }

    public string AssignedTo { get; private set; } = "";
    public CaseStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Carried over from the melding: age unknown or disputed counts as possibly minor.</summary>
    public bool PossiblyMinor { get; private set; }

    /// <summary>The possible victim's consent to share identifying data, as last recorded.</summary>
    public Consent Consent { get; private set; }

    public DateOnly? ReflectionPeriodStart { get; private set; }
    public DateOnly? ReflectionPeriodEnd { get; private set; }

    public string? ResponsibleMunicipalityCode { get; private set; }
    public ResponsibilityBasis? ResponsibilityBasis { get; private set; }
    public string? ResponsibilityReason { get; private set; }

    public int Version { get; private set; }

    /// <summary>When identifying data and free text were removed (retention or erasure).</summary>
    public DateTimeOffset? PseudonymisedAt { get; private set; }

    public IReadOnlyList<CaseForm> Forms => _forms;
    public IReadOnlyList<ConsentRecord> ConsentRecords => _consentRecords;
    public IReadOnlyList<CaseEvent> Events => _events;
    public IReadOnlyList<ShelterPlacement> Placements => _placements;
    public IReadOnlyList<FundingDispute> Disputes => _disputes;

    public bool HasOpenDispute => _disputes.Any(d => d.ResolvedAt is null);

    public static Case Open(string reference, string? regionId, string coordinatorId, IEnumerable<ExploitationForm> forms,
        bool possiblyMinor, Consent consent, string firstReportReference, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinatorId);
        ArgumentNullException.ThrowIfNull(forms);
        var casus = new Case
        {
            Id = Guid.CreateVersion7(now),
            Reference = reference,
            RegionId = regionId,
            AssignedTo = coordinatorId,
            Status = CaseStatus.Registered,
            OpenedAt = now.ToUniversalTime(),
            PossiblyMinor = possiblyMinor,
            Consent = consent,
        };
        casus.SetForms(forms);
        casus.Record(CaseEventKind.Opened, coordinatorId, now, $"Casus geopend vanuit melding {firstReportReference}");
        return casus;
    }

    public void SetForms(IEnumerable<ExploitationForm> forms)
    {
        var chosen = forms.Distinct().ToList();
        if (chosen.Count == 0) throw new DomainRuleException("Kies ten minste één vorm van uitbuiting.");
        _forms.RemoveAll(f => !chosen.Contains(f.Form));
        _forms.AddRange(chosen.Where(f => _forms.All(existing => existing.Form != f)).Select(f => new CaseForm(Id, f)));
    }

    /// <summary>The coordinator's judgement of the forms of exploitation, which may differ from what the melding said.</summary>
    public void ChangeForms(IEnumerable<ExploitationForm> forms, string actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var chosen = forms.Where(Enum.IsDefined).Distinct().Order().ToList();
        if (chosen.Order().SequenceEqual(_forms.Select(f => f.Form).Order()))
            throw new DomainRuleException("Deze vormen van uitbuiting staan al vastgelegd.");
        SetForms(chosen);
        Record(CaseEventKind.FormsChanged, actorId, now, $"Vormen van uitbuiting: {string.Join(", ", chosen.Select(DutchName))}");
    }

    private static string DutchName(ExploitationForm form) => form switch
    {
        ExploitationForm.Sexual => "seksuele uitbuiting",
        ExploitationForm.Labour => "arbeidsuitbuiting",
        ExploitationForm.Criminal => "criminele uitbuiting",
        ExploitationForm.OrganRemoval => "gedwongen orgaanverwijdering",
        _ => "onbekend",
    };

    public void LinkReport(string reportReference, bool possiblyMinor, string actorId, DateTimeOffset now)
    {
        if (Status == CaseStatus.Closed)
            throw new DomainRuleException("Een afgesloten casus kan geen nieuwe melding krijgen. Heropen de casus eerst.");
        // Minors first: one melding that says "possibly minor" is enough.
        PossiblyMinor |= possiblyMinor;
        Record(CaseEventKind.ReportLinked, actorId, now, $"Melding {reportReference} gekoppeld");
    }

    public void AssignTo(string coordinatorId, string actorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinatorId);
        if (coordinatorId == AssignedTo) throw new DomainRuleException("De casus is al aan deze zorgcoördinator toegewezen.");
        AssignedTo = coordinatorId;
        Record(CaseEventKind.Assigned, actorId, now, "Casus toegewezen aan een andere zorgcoördinator");
    }

    public void MoveTo(CaseStatus target, string actorId, DateTimeOffset now, string? reason = null)
    {
        if (target == Status) return;
        if (!CaseWorkflow.CanMove(Status, target))
            throw new DomainRuleException(
                $"Een casus met status '{CaseWorkflow.DutchName(Status)}' kan niet naar '{CaseWorkflow.DutchName(target)}'.");
        reason = Clean(reason, MaxReasonLength, "De toelichting");
        if (target == CaseStatus.Closed && reason is null)
            throw new DomainRuleException("Geef een reden voor het afsluiten van de casus.");
        if (Status == CaseStatus.Closed && reason is null)
            throw new DomainRuleException("Geef een reden voor het heropenen van de casus.");

        var from = Status;
        var kind = from == CaseStatus.Closed ? CaseEventKind.Reopened : CaseEventKind.StatusChanged;
        Status = target;
        ClosedAt = target == CaseStatus.Closed ? now.ToUniversalTime() : null;
        Record(kind, actorId, now,
            $"Status: {CaseWorkflow.DutchName(from)} → {CaseWorkflow.DutchName(target)}" + (reason is null ? "" : $". {reason}"));
    }

    public void AddNote(string text, string actorId, DateTimeOffset now)
    {
        var note = Clean(text, MaxNoteLength, "De notitie") ?? throw new DomainRuleException("Schrijf een notitie.");
        Record(CaseEventKind.Note, actorId, now, note);
    }

    /// <summary>The B8 reflection period (bedenktijd) of three months for non-Dutch possible victims.</summary>
    public void StartReflectionPeriod(DateOnly start, string actorId, DateTimeOffset now)
    {
        if (ReflectionPeriodStart is not null) throw new DomainRuleException("De bedenktijd is al gestart.");
        ReflectionPeriodStart = start;
        ReflectionPeriodEnd = start.AddMonths(3);
        Record(CaseEventKind.ReflectionPeriodStarted, actorId, now, $"Bedenktijd van {start:dd-MM-yyyy} tot {ReflectionPeriodEnd:dd-MM-yyyy}");
    }

    /// <param name="placesFound">The municipalities where the linked meldingen place the person: with basis
    /// <see cref="Cases.ResponsibilityBasis.PlaceFound"/> the choice must be one of them, since anything else
    /// is an override that needs a reason.</param>
    public void SetResponsibleMunicipality(string municipalityCode, ResponsibilityBasis basis, string? reason, string actorId, DateTimeOffset now,
        IReadOnlyCollection<string>? placesFound = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(municipalityCode);
        if (!Enum.IsDefined(basis)) throw new DomainRuleException("Kies waarop de keuze van de gemeente berust.");
        reason = Clean(reason, MaxReasonLength, "De reden");
        if (basis == Cases.ResponsibilityBasis.Override && reason is null)
            throw new DomainRuleException("Geef een reden als u afwijkt van de voorgestelde verantwoordelijke gemeente.");
        if (basis == Cases.ResponsibilityBasis.PlaceFound && placesFound is { Count: > 0 } && !placesFound.Contains(municipalityCode, StringComparer.Ordinal))
            throw new DomainRuleException("Deze gemeente is niet de vindplaats volgens de meldingen. Kies de voorgestelde gemeente, of 'Anders' met een reden.");
        if (municipalityCode == ResponsibleMunicipalityCode && basis == ResponsibilityBasis && reason == ResponsibilityReason)
            throw new DomainRuleException("Deze gemeente is al vastgelegd als verantwoordelijke gemeente.");
        ResponsibleMunicipalityCode = municipalityCode;
        ResponsibilityBasis = basis;
        ResponsibilityReason = reason;
        Record(CaseEventKind.ResponsibleMunicipalitySet, actorId, now, $"Verantwoordelijke gemeente: {municipalityCode}");
    }

    public ShelterPlacement StartShelter(Guid organisationId, DateOnly startOn, string actorId, DateTimeOffset now)
    {
        if (_placements.Any(p => p.EndOn is null))
            throw new DomainRuleException("Er loopt al een opvangplaatsing. Beëindig die eerst.");
        var placement = new ShelterPlacement(Id, organisationId, startOn);
        _placements.Add(placement);
        if (CaseWorkflow.CanMove(Status, CaseStatus.InShelter)) MoveTo(CaseStatus.InShelter, actorId, now);
        Record(CaseEventKind.ShelterStarted, actorId, now, $"Opvang gestart op {startOn:dd-MM-yyyy}");
        return placement;
    }

    public void EndShelter(Guid placementId, DateOnly endOn, string actorId, DateTimeOffset now)
    {
        var placement = _placements.SingleOrDefault(p => p.Id == placementId)
            ?? throw new DomainRuleException("Deze opvangplaatsing hoort niet bij deze casus.");
        placement.End(endOn);
        Record(CaseEventKind.ShelterEnded, actorId, now, $"Opvang beëindigd op {endOn:dd-MM-yyyy}");
    }

    public FundingDispute OpenFundingDispute(IReadOnlyCollection<string> municipalityCodes, string? note, string actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(municipalityCodes);
        if (municipalityCodes.Distinct(StringComparer.Ordinal).Count() < 2)
            throw new DomainRuleException("Een financieringsgeschil gaat over ten minste twee gemeenten.");
        if (HasOpenDispute) throw new DomainRuleException("Er loopt al een financieringsgeschil voor deze casus.");
        var dispute = new FundingDispute(Id, municipalityCodes, Clean(note, MaxReasonLength, "De toelichting"), actorId, now);
        _disputes.Add(dispute);
        Record(CaseEventKind.FundingDisputeOpened, actorId, now, $"Financieringsgeschil tussen {string.Join(", ", dispute.MunicipalityCodes)}");
        return dispute;
    }

    public void ResolveFundingDispute(Guid disputeId, string payingMunicipalityCode, string actorId, DateTimeOffset now)
    {
        var dispute = _disputes.SingleOrDefault(d => d.Id == disputeId && d.ResolvedAt is null)
            ?? throw new DomainRuleException("Dit geschil loopt niet (meer).");
        dispute.Resolve(payingMunicipalityCode, now);
        ResponsibleMunicipalityCode = payingMunicipalityCode;
        Record(CaseEventKind.FundingDisputeResolved, actorId, now, $"Geschil opgelost: {payingMunicipalityCode} betaalt");
    }

    /// <summary>Called when a referral for this casus is sent, answered, given feedback or revoked.</summary>
    public void RecordReferral(CaseEventKind kind, string description, string actorId, DateTimeOffset now)
    {
        if (kind is not (CaseEventKind.ReferralSent or CaseEventKind.ReferralAnswered or CaseEventKind.ReferralFeedback
            or CaseEventKind.ReferralRevoked or CaseEventKind.ReferralCompleted))
            throw new ArgumentOutOfRangeException(nameof(kind));
        if (kind == CaseEventKind.ReferralSent && CaseWorkflow.CanMove(Status, CaseStatus.Referred) && Status != CaseStatus.InShelter)
            MoveTo(CaseStatus.Referred, actorId, now);
        Record(kind, actorId, now, description);
    }

    /// <summary>
    /// The possible victim agreed to share identifying data: which consent text version, through whom, when.
    /// </summary>
    public ConsentRecord RecordConsent(string textVersion, ConsentChannel channel, string actorId, DateTimeOffset now)
    {
        RequireNotPseudonymised();
        if (_consentRecords.Any(c => c.IsActive)) throw new DomainRuleException("Er is al een geldige toestemming vastgelegd.");
        var record = new ConsentRecord(Id, textVersion, channel, actorId, now);
        _consentRecords.Add(record);
        Consent = Reports.Consent.Given;
        Record(CaseEventKind.ConsentRecorded, actorId, now, $"Toestemming vastgelegd (tekstversie {record.TextVersion})");
        return record;
    }

    /// <summary>
    /// Withdrawal: recorded on the active consent, and every referral that shared identifying data on the
    /// ground of consent stops showing it to its recipient. Referrals on another legal ground keep it.
    /// </summary>
    /// <returns>The referrals whose identifying data is no longer shared.</returns>
    public IReadOnlyList<Referral> WithdrawConsent(IEnumerable<Referral> referrals, string actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        RequireNotPseudonymised();
        var active = _consentRecords.SingleOrDefault(c => c.IsActive);
        if (active is null && Consent != Reports.Consent.Given)
            throw new DomainRuleException("Er is geen toestemming vastgelegd die kan worden ingetrokken.");
        active?.Withdraw(actorId, now);
        Consent = Reports.Consent.Refused;
        var affected = referrals.Where(r => r.CaseId == Id && r.ConsentWithdrawn(now)).ToList();
        Record(CaseEventKind.ConsentWithdrawn, actorId, now,
            $"Toestemming ingetrokken; {affected.Count} verwijzing(en) tonen geen identificerende gegevens meer");
        return affected;
    }

    /// <summary>Retention or erasure: free text goes from the casus, its timeline and disputes; facts stay.</summary>
    public void Pseudonymise(DateTimeOffset now)
    {
        ResponsibilityReason = null;
        foreach (var e in _events) e.Blank();
        foreach (var d in _disputes) d.Blank();
        if (PseudonymisedAt is null)
        {
            PseudonymisedAt = now.ToUniversalTime();
            _events.Add(new CaseEvent(Id, CaseEventKind.Pseudonymised, "systeem", now, ""));
        }
    }

    private void RequireNotPseudonymised()
    {
        if (PseudonymisedAt is not null) throw new DomainRuleException("De gegevens van deze casus zijn verwijderd.");
    }

    private void Record(CaseEventKind kind, string actorId, DateTimeOffset now, string text) =>
        _events.Add(new CaseEvent(Id, kind, actorId, now, text));

    private static string? Clean(string? text, int max, string what)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > max) throw new DomainRuleException($"{what} mag hoogstens {max} tekens lang zijn.");
        return trimmed;
    }
}

public sealed class CaseForm
{
    private CaseForm() { }

    internal CaseForm(Guid caseId, ExploitationForm form)
    {
        CaseId = caseId;
        Form = form;
    }

    public Guid CaseId { get; private set; }
    public ExploitationForm Form { get; private set; }
}
