namespace Mensenhandel.Domain.Privacy;

/// <summary>What a data subject asked for (AVG art. 15 and 17).</summary>
public enum PrivacyRequestKind
{
    /// <summary>Inzage: an export of everything held about the person.</summary>
    Access,

    /// <summary>Verwijdering: erase the person's identifying data and free text.</summary>
    Erasure,
}

/// <summary>On which ground the decision rests.</summary>
public enum PrivacyGround
{
    /// <summary>Art. 15: the right of access.</summary>
    RightOfAccess,

    /// <summary>Art. 17(1)(a): no longer necessary for the purpose.</summary>
    NoLongerNecessary,

    /// <summary>Art. 17(1)(b): consent withdrawn and no other ground.</summary>
    ConsentWithdrawn,

    /// <summary>Art. 17(1)(d): unlawfully processed.</summary>
    UnlawfulProcessing,

    /// <summary>Refused: art. 17(3)(b) legal obligation, or an ongoing casus (care still being given).</summary>
    RefusedOngoingCareOrLegalObligation,
}

/// <summary>
/// A decision on a data-subject request, by reference (MH-… or CS-…): what, on which ground, who decided and
/// when, and whether it was carried out. No free text and no personal data: it outlives the erasure.
/// </summary>
public sealed class PrivacyDecision
{
    private PrivacyDecision() { }

    public PrivacyDecision(string reference, PrivacyRequestKind kind, PrivacyGround ground, bool granted, string decidedBy, DateTimeOffset decidedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        if (!Enum.IsDefined(kind)) throw new DomainRuleException("Kies het soort verzoek.");
        if (!Enum.IsDefined(ground)) throw new DomainRuleException("Kies de grondslag van het besluit.");
        if (granted && ground == PrivacyGround.RefusedOngoingCareOrLegalObligation)
            throw new DomainRuleException("Een weigeringsgrond past niet bij een toegekend verzoek.");
        if (!granted && kind == PrivacyRequestKind.Erasure && ground != PrivacyGround.RefusedOngoingCareOrLegalObligation)
            throw new DomainRuleException("Kies de grond waarop het verzoek wordt geweigerd.");
        Id = Guid.CreateVersion7(decidedAt);
        Reference = reference;
        Kind = kind;
        Ground = ground;
        Granted = granted;
        DecidedBy = decidedBy;
        DecidedAt = decidedAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public PrivacyRequestKind Kind { get; private set; }
    public PrivacyGround Ground { get; private set; }
    public bool Granted { get; private set; }
    public string DecidedBy { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }
}
