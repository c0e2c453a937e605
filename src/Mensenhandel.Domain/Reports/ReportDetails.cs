namespace Mensenhandel.Domain.Reports;

/// <summary>What was seen, where and when.</summary>
public sealed record Situation(
    bool AcuteDanger,
    IReadOnlyCollection<ExploitationForm> Forms,
    IReadOnlyCollection<string> IndicatorCodes,
    string? OtherSignals,
    string Description,
    string? PlaceDescription,
    DateOnly? ObservedOn);

/// <summary>The possible victim. Only <see cref="NameOrInitials"/> identifies the person.</summary>
public sealed record VictimDetails(
    AgeGroup AgeGroup,
    Gender Gender,
    string? Nationality,
    string? Languages,
    string? NameOrInitials,
    Answer KnowsAboutReport,
    Consent Consent)
{
    /// <summary>Minors first: an unknown or disputed age is treated as a minor.</summary>
    public bool PossiblyMinor => AgeGroup is AgeGroup.Minor or AgeGroup.Unknown;

    /// <summary>Without consent (refused or unknown) the melding takes the anonymous track.</summary>
    public bool Identified => Consent == Consent.Given;

    public VictimDetails ForTrack() => Identified ? this : this with { NameOrInitials = null };
}

/// <summary>The melder. An anonymous melder leaves no name, organisation or contact details.</summary>
public sealed record ReporterDetails(
    bool Anonymous,
    string? Name,
    string? Organisation,
    Sector Sector,
    string? Phone,
    string? Email,
    Answer SafeToContactVictim)
{
    public ReporterDetails ForTrack() =>
        Anonymous ? this with { Name = null, Organisation = null, Phone = null, Email = null } : this;
}
