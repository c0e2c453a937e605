namespace Mensenhandel.Domain.Reports;

/// <summary>Vorm van uitbuiting (art. 273f Sr). Unknown is "weet ik niet", a valid answer on the form.</summary>
public enum ExploitationForm
{
    Sexual,
    Labour,
    Criminal,
    OrganRemoval,
    Unknown,
}

/// <summary>Age group of the possible victim. Unknown counts as possibly minor (minors first).</summary>
public enum AgeGroup
{
    Minor,
    From18To23,
    From23,
    Unknown,
}

public enum Gender
{
    Female,
    Male,
    Other,
    Unknown,
}

/// <summary>A yes / no / don't know answer.</summary>
public enum Answer
{
    Yes,
    No,
    Unknown,
}

/// <summary>Consent of the possible victim to share identifying data. Anything but Given is the anonymous track.</summary>
public enum Consent
{
    Given,
    Refused,
    Unknown,
}

public enum Sector
{
    Education,
    YouthCare,
    Care,
    Municipality,
    Police,
    LabourInspectorate,
    Shelter,
    SocialWork,
    Other,
}

/// <summary>The coarse status a melder may see with the follow-up code.</summary>
public enum ReportStatus
{
    Received,
    InProgress,
    Closed,
}

/// <summary>Why a melding was closed at triage without opening a casus.</summary>
public enum ReportClosingReason
{
    /// <summary>Geen mensenhandel.</summary>
    NoTrafficking,

    /// <summary>Onvoldoende informatie.</summary>
    InsufficientInformation,

    /// <summary>Elders belegd.</summary>
    HandledElsewhere,
}
