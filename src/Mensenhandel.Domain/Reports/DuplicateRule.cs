namespace Mensenhandel.Domain.Reports;

/// <summary>
/// When two meldingen likely concern the same person: same region, within 12 months of each other, same
/// initials, age group, nationality and municipality. Only a suggestion for the coordinator to confirm:
/// nothing is ever merged automatically.
/// </summary>
public static class DuplicateRule
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(365);

    public static bool LikelySamePerson(Report candidate, Report report)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(report);
        if (candidate.Id == report.Id) return false;
        if (candidate.RegionId != report.RegionId) return false;
        if ((candidate.SubmittedAt - report.SubmittedAt).Duration() > Window) return false;
        var initials = Initials(report.VictimNameOrInitials);
        return initials.Length > 0
            && initials == Initials(candidate.VictimNameOrInitials)
            && candidate.VictimAgeGroup == report.VictimAgeGroup
            && candidate.MunicipalityCode == report.MunicipalityCode
            && string.Equals(Normalise(candidate.VictimNationality), Normalise(report.VictimNationality), StringComparison.Ordinal);
    }

    /// <summary>"A.B.", "a b", "Anna Bakker" → "AB": the first letter of every part.</summary>
    public static string Initials(string? nameOrInitials)
    {
        if (string.IsNullOrWhiteSpace(nameOrInitials)) return "";
        var parts = nameOrInitials.Split([' ', '.', '-', '\''], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select(p => char.ToUpperInvariant(p[0])));
    }

    /// <summary>
    /// The part of the rule that needs identifying data, normalised for a keyed hash (<see cref="Privacy.BlindIndex"/>):
    /// initials and nationality. Null when there are no initials (no suggestion is possible then).
    /// Age group, municipality, region and date are compared on their own (plain, statistical) columns.
    /// </summary>
    public static string? MatchKey(string? nameOrInitials, string? nationality)
    {
        var initials = Initials(nameOrInitials);
        return initials.Length == 0 ? null : $"{initials}|{Normalise(nationality)}";
    }

    private static string Normalise(string? text) => (text ?? "").Trim().ToUpperInvariant();
}
