namespace Mensenhandel.Domain.Cases;

/// <summary>Where a referral (verwijzing) goes.</summary>
public enum ReferralKind
{
    /// <summary>Politie: aangifte or investigation.</summary>
    Police,

    /// <summary>Zorgpartner: care.</summary>
    CareProvider,

    /// <summary>Opvang: shelter.</summary>
    Shelter,

    /// <summary>Gemeente: centrumgemeente / Wmo.</summary>
    Municipality,

    /// <summary>CoMensha registration.</summary>
    CoMensha,

    /// <summary>IND, for the B8 residence scheme.</summary>
    Ind,

    /// <summary>Veilig Thuis (minors).</summary>
    VeiligThuis,

    /// <summary>Nederlandse Arbeidsinspectie.</summary>
    LabourInspectorate,
}

/// <summary>
/// What a recipient reports back to the coordinator: the police on their investigation, a zorgpartner or opvang
/// on the care. Stored by name: never renumber, only add.
/// </summary>
public enum ReferralFeedback
{
    /// <summary>Politie: aangifte opgenomen.</summary>
    ReportFiled,

    /// <summary>Politie: onderzoek gestart.</summary>
    InvestigationStarted,

    /// <summary>Politie: geen vervolg.</summary>
    NoFollowUp,

    /// <summary>Zorg/opvang: intake gepland.</summary>
    IntakePlanned,

    /// <summary>Zorg/opvang: in zorg.</summary>
    InCare,

    /// <summary>Zorg/opvang: uitgestroomd (ends the referral: completed).</summary>
    Discharged,

    /// <summary>Anders: needs a short explanation.</summary>
    Other,
}

public enum ReferralStatus
{
    Sent,
    Accepted,
    Rejected,
    Completed,
    Revoked,
}

/// <summary>Why identifying data may be shared with a recipient.</summary>
public enum LegalGround
{
    /// <summary>No identifying data is shared.</summary>
    None,

    /// <summary>The possible victim consented (recorded on the casus).</summary>
    Consent,

    /// <summary>The person is (possibly) a minor: child protection (Jeugdwet, Veilig Thuis).</summary>
    Minor,

    /// <summary>Acute danger to life or health (AVG art. 6(1)(d), vital interest).</summary>
    AcuteDanger,

    /// <summary>A statutory duty to report (e.g. police, KMar and Labour Inspectorate to CoMensha).</summary>
    StatutoryDuty,
}

/// <summary>
/// A referral of a casus to an organisation. It states what it shares; identifying data goes only with a
/// recorded consent or legal ground. The recipient sees exactly what the referral shares.
/// Status: Sent → Accepted/Rejected → Completed (from Accepted); Revoked from Sent or Accepted.
/// </summary>
public sealed class Referral
{
    public const int MaxTextLength = 2000;

    private Referral() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public ReferralKind Kind { get; private set; }
    public Guid? RecipientOrganisationId { get; private set; }
    public ReferralStatus Status { get; private set; }

    /// <summary>True when name/initials and contact details go with the referral.</summary>
    public bool SharesIdentity { get; private set; }

    public LegalGround LegalGround { get; private set; }

    /// <summary>What the coordinator asks of the recipient: the only free text the recipient reads.</summary>
    public string Request { get; private set; } = "";

    public string SentBy { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }
    public string? AnswerReason { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>The latest feedback of the recipient; every feedback also lands on the casus timeline.</summary>
    public ReferralFeedback? LatestFeedback { get; private set; }

    public DateTimeOffset? LatestFeedbackAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>When the consent this referral shared identifying data on was withdrawn.</summary>
    public DateTimeOffset? ConsentWithdrawnAt { get; private set; }

    /// <summary>Whether the recipient may see identifying data now: shared, and not withdrawn since.</summary>
    public bool IdentityVisible => SharesIdentity && ConsentWithdrawnAt is null;

    /// <summary>
    /// The casus's consent was withdrawn. Only a referral that shares identity on the ground of consent is
    /// affected (minor, acute danger and statutory duty do not depend on consent).
    /// </summary>
    /// <returns>True when this referral no longer shows identifying data.</returns>
    internal bool ConsentWithdrawn(DateTimeOffset now)
    {
        if (!SharesIdentity || LegalGround != LegalGround.Consent || ConsentWithdrawnAt is not null) return false;
        ConsentWithdrawnAt = now.ToUniversalTime();
        return true;
    }

    /// <summary>Retention or erasure: the request and answer texts go; the facts of the referral stay.</summary>
    public void Pseudonymise()
    {
        Request = "";
        AnswerReason = null;
    }

    public static Referral Send(Case casus, ReferralKind kind, Guid? recipientOrganisationId, bool sharesIdentity,
        LegalGround legalGround, string request, string actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(casus);
        if (casus.Status == CaseStatus.Closed) throw new DomainRuleException("Vanuit een afgesloten casus kan niet worden verwezen.");
        var ground = RequireGround(casus, sharesIdentity, legalGround);
        request = (request ?? "").Trim();
        if (request.Length == 0) throw new DomainRuleException("Beschrijf wat u van de ontvanger vraagt.");
        if (request.Length > MaxTextLength) throw new DomainRuleException($"De vraag mag hoogstens {MaxTextLength} tekens lang zijn.");

        var referral = new Referral
        {
            Id = Guid.CreateVersion7(now),
            CaseId = casus.Id,
            Kind = kind,
            RecipientOrganisationId = recipientOrganisationId,
            Status = ReferralStatus.Sent,
            SharesIdentity = sharesIdentity,
            LegalGround = ground,
            Request = request,
            SentBy = actorId,
            SentAt = now.ToUniversalTime(),
        };
        casus.RecordReferral(CaseEventKind.ReferralSent,
            $"Verwezen naar {DutchName(kind)}" + (sharesIdentity ? $" met identificerende gegevens ({DutchName(ground)})" : " zonder identificerende gegevens"),
            actorId, now);
        return referral;
    }

    /// <summary>
    /// Identifying data needs consent (only if the casus records it) or another legal ground;
    /// without identifying data the ground is None.
    /// </summary>
    public static LegalGround RequireGround(Case casus, bool sharesIdentity, LegalGround legalGround)
    {
        ArgumentNullException.ThrowIfNull(casus);
        if (!sharesIdentity) return LegalGround.None;
        return legalGround switch
        {
            LegalGround.None => throw new DomainRuleException(
                "Identificerende gegevens delen kan alleen met toestemming of een wettelijke grondslag. Kies een grondslag of deel geen identificerende gegevens."),
            LegalGround.Consent when casus.Consent != Reports.Consent.Given => throw new DomainRuleException(
                "Er is geen toestemming vastgelegd om identificerende gegevens te delen."),
            LegalGround.Minor when !casus.PossiblyMinor => throw new DomainRuleException(
                "De grondslag 'minderjarig' past niet: de persoon is niet (mogelijk) minderjarig."),
            _ => legalGround,
        };
    }

    public void Accept(string actorId, DateTimeOffset now) => Answer(ReferralStatus.Accepted, null, actorId, now);

    public void Reject(string reason, string actorId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Geef een reden voor het afwijzen.");
        Answer(ReferralStatus.Rejected, reason.Trim(), actorId, now);
    }

    public void Complete(Case casus, string actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(casus);
        if (Status != ReferralStatus.Accepted) throw new DomainRuleException("Alleen een geaccepteerde verwijzing kan worden afgerond.");
        Status = ReferralStatus.Completed;
        CompletedAt = now.ToUniversalTime();
        casus.RecordReferral(CaseEventKind.ReferralCompleted, $"Verwijzing naar {DutchName(Kind)} afgerond", actorId, now);
    }

    public void Revoke(Case casus, string actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(casus);
        if (Status is not (ReferralStatus.Sent or ReferralStatus.Accepted))
            throw new DomainRuleException("Deze verwijzing kan niet meer worden ingetrokken.");
        Status = ReferralStatus.Revoked;
        RevokedAt = now.ToUniversalTime();
        casus.RecordReferral(CaseEventKind.ReferralRevoked, $"Verwijzing naar {DutchName(Kind)} ingetrokken", actorId, now);
    }

    /// <summary>Which feedback fits which kind of referral: the police report on the investigation, care on the care.</summary>
    public static IReadOnlyList<ReferralFeedback> FeedbackFor(ReferralKind kind) => kind switch
    {
        ReferralKind.Police => [ReferralFeedback.ReportFiled, ReferralFeedback.InvestigationStarted, ReferralFeedback.NoFollowUp, ReferralFeedback.Other],
        ReferralKind.CareProvider or ReferralKind.Shelter => [ReferralFeedback.IntakePlanned, ReferralFeedback.InCare, ReferralFeedback.Discharged, ReferralFeedback.Other],
        _ => [ReferralFeedback.Other],
    };

    /// <summary>
    /// The recipient reports back on an accepted referral. "Anders" needs a text; "uitgestroomd" completes the
    /// referral. The feedback lands on the casus timeline so the coordinator sees it.
    /// </summary>
    public void GiveFeedback(Case casus, ReferralFeedback feedback, string? text, string actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(casus);
        if (casus.Id != CaseId) throw new ArgumentException("The casus is not the referral's own.", nameof(casus));
        if (Status != ReferralStatus.Accepted)
            throw new DomainRuleException("Terugkoppelen kan alleen op een geaccepteerde verwijzing.");
        if (!FeedbackFor(Kind).Contains(feedback)) throw new DomainRuleException("Kies een terugkoppeling die bij deze verwijzing past.");
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) text = null;
        if (text is { Length: > MaxFeedbackLength })
            throw new DomainRuleException($"De toelichting mag hoogstens {MaxFeedbackLength} tekens lang zijn.");
        if (feedback == ReferralFeedback.Other && text is null) throw new DomainRuleException("Licht 'anders' kort toe.");

        LatestFeedback = feedback;
        LatestFeedbackAt = now.ToUniversalTime();
        if (feedback == ReferralFeedback.Discharged) Complete(casus, actorId, now);
        casus.RecordReferral(CaseEventKind.ReferralFeedback,
            $"Terugkoppeling {DutchName(Kind)}: {DutchName(feedback)}" + (text is null ? "" : $". {text}"), actorId, now);
    }

    public const int MaxFeedbackLength = 1000;

    public static string DutchName(ReferralFeedback feedback) => feedback switch
    {
        ReferralFeedback.ReportFiled => "aangifte opgenomen",
        ReferralFeedback.InvestigationStarted => "onderzoek gestart",
        ReferralFeedback.NoFollowUp => "geen vervolg",
        ReferralFeedback.IntakePlanned => "intake gepland",
        ReferralFeedback.InCare => "in zorg",
        ReferralFeedback.Discharged => "uitgestroomd",
        ReferralFeedback.Other => "anders",
        _ => feedback.ToString(),
    };

    private void Answer(ReferralStatus answer, string? reason, string actorId, DateTimeOffset now)
    {
        if (Status != ReferralStatus.Sent) throw new DomainRuleException("Op deze verwijzing is al gereageerd.");
        if (reason is { Length: > MaxTextLength }) throw new DomainRuleException($"De reden mag hoogstens {MaxTextLength} tekens lang zijn.");
        Status = answer;
        AnswerReason = reason;
        AnsweredAt = now.ToUniversalTime();
        AnsweredBy = actorId;
    }

    /// <summary>
    /// The kind of organisation in the portal that receives this kind of referral; null for recipients outside
    /// the portal (IND, Veilig Thuis, Arbeidsinspectie), where the referral is recorded only.
    /// </summary>
    public static Organisations.OrganisationType? RecipientType(ReferralKind kind) => kind switch
    {
        ReferralKind.Police => Organisations.OrganisationType.Police,
        ReferralKind.CareProvider or ReferralKind.Shelter => Organisations.OrganisationType.CareProvider,
        ReferralKind.Municipality => Organisations.OrganisationType.Municipality,
        ReferralKind.CoMensha => Organisations.OrganisationType.National,
        _ => null,
    };

    public static string DutchName(ReferralKind kind) => kind switch
    {
        ReferralKind.Police => "politie",
        ReferralKind.CareProvider => "zorgpartner",
        ReferralKind.Shelter => "opvang",
        ReferralKind.Municipality => "gemeente",
        ReferralKind.CoMensha => "CoMensha",
        ReferralKind.Ind => "IND (B8)",
        ReferralKind.VeiligThuis => "Veilig Thuis",
        ReferralKind.LabourInspectorate => "Arbeidsinspectie",
        _ => kind.ToString(),
    };

    public static string DutchName(LegalGround ground) => ground switch
    {
        LegalGround.None => "geen",
        LegalGround.Consent => "toestemming",
        LegalGround.Minor => "minderjarig",
        LegalGround.AcuteDanger => "acuut gevaar",
        LegalGround.StatutoryDuty => "wettelijke plicht",
        _ => ground.ToString(),
    };
}
