namespace Mensenhandel.Web.Pages.Melden;

/// <summary>
/// What the melding form posts. Every field is a string (or a list of strings) so binding never fails with an
/// English message: <see cref="ReportFormReader"/> turns it into domain values or Dutch field errors.
/// Nothing here decides region, status or reference: those are never read from the request.
/// </summary>
public sealed class ReportInput
{
    /// <summary>The protected submission token (idempotency key and follow-up code), see <see cref="SubmissionTokens"/>.</summary>
    public string? Token { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by bots.</summary>
    public string? Website { get; set; }

    public string? AcuteDanger { get; set; }
    public List<string> Forms { get; set; } = [];
    public List<string> Indicators { get; set; } = [];
    public string? OtherSignals { get; set; }
    public string? Description { get; set; }
    public string? Municipality { get; set; }
    public string? PlaceDescription { get; set; }
    public string? ObservedOn { get; set; }

    public string? AgeGroup { get; set; }
    public string? Gender { get; set; }
    public string? Nationality { get; set; }
    public string? Languages { get; set; }
    public string? VictimName { get; set; }
    public string? KnowsAboutReport { get; set; }
    public string? Consent { get; set; }

    public string? Anonymous { get; set; }
    public string? ReporterName { get; set; }
    public string? Organisation { get; set; }
    public string? Sector { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? SafeToContactVictim { get; set; }
}
