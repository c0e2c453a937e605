using System.Globalization;
using System.Net.Mail;
using System.Text;
using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Web.Pages.Melden;

/// <summary>
/// A field error: <see cref="Field"/> is the <see cref="ReportInput"/> property; the view links to <c>Input_{Field}</c>.
/// An error of the whole form (<see cref="ForForm"/>) has no field and no link.
/// </summary>
public sealed record FormError(string Field, string Message)
{
    public static FormError ForForm(string message) => new("", message);

    public bool IsForForm => Field.Length == 0;

    public string Anchor => $"Input_{Field}";
    public string MessageId => $"Input_{Field}-fout";
}

/// <summary>A form that passed every check, in domain terms.</summary>
public sealed record ValidReport(string? MunicipalityCode, Situation Situation, VictimDetails Victim, ReporterDetails Reporter);

/// <summary>
/// Reads the posted form into domain values, or collects Dutch errors in the order of the form. Text is
/// cleaned first (control characters and broken characters dropped, Unicode normalised), then measured.
/// </summary>
public sealed class ReportFormReader(ReportFormChoices choices, DateOnly today)
{
    private readonly List<FormError> _errors = [];

    public IReadOnlyList<FormError> Errors => _errors;

    public ValidReport? Read(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var acute = Choice<Answer>(input.AcuteDanger, nameof(input.AcuteDanger), "Geef aan of iemand nu in acuut gevaar is.");
        var forms = Forms(input.Forms);
        var indicators = Indicators(input.Indicators);
        var otherSignals = Text(input.OtherSignals, nameof(input.OtherSignals), ReportLimits.OtherSignals, multiline: true);
        var description = Text(input.Description, nameof(input.Description), ReportLimits.Description, multiline: true,
            required: "Beschrijf wat u hebt gezien of gehoord.");
        var municipality = Municipality(input.Municipality);
        var place = Text(input.PlaceDescription, nameof(input.PlaceDescription), ReportLimits.PlaceDescription);
        var observedOn = Date(input.ObservedOn);

        var ageGroup = Choice<AgeGroup>(input.AgeGroup, nameof(input.AgeGroup), "Kies een leeftijdsgroep. Twijfelt u, kies dan 'Weet ik niet of twijfel'.");
        var gender = Choice(input.Gender, nameof(input.Gender), defaultValue: Gender.Unknown);
        var nationality = Text(input.Nationality, nameof(input.Nationality), ReportLimits.Nationality);
        var languages = Text(input.Languages, nameof(input.Languages), ReportLimits.Languages);
        var knows = Choice(input.KnowsAboutReport, nameof(input.KnowsAboutReport), defaultValue: Answer.Unknown);
        var consent = Choice<Consent>(input.Consent, nameof(input.Consent), "Geef aan of de persoon toestemming geeft om zijn of haar gegevens te delen.");
        // Without consent the name is not even looked at: it is not stored.
        var victimName = consent == Consent.Given ? Text(input.VictimName, nameof(input.VictimName), ReportLimits.Name) : null;

        var anonymous = Choice<Answer>(input.Anonymous, nameof(input.Anonymous), "Geef aan of u anoniem wilt melden.");
        var contact = anonymous == Answer.No ? Contact(input) : default;
        var sector = Choice<Sector>(input.Sector, nameof(input.Sector), "Kies de sector waarin u werkt, of 'Anders'.");
        var safeToContact = Choice(input.SafeToContactVictim, nameof(input.SafeToContactVictim), defaultValue: Answer.Unknown);

        if (_errors.Count > 0) return null;

        return new ValidReport(
            municipality,
            new Situation(acute == Answer.Yes, forms, indicators, otherSignals, description!, place, observedOn),
            new VictimDetails(ageGroup!.Value, gender!.Value, nationality, languages, victimName, knows!.Value, consent!.Value),
            new ReporterDetails(anonymous == Answer.Yes, contact.Name, contact.Organisation, sector!.Value, contact.Phone, contact.Email, safeToContact!.Value));
    }

    private (string? Name, string? Organisation, string? Phone, string? Email) Contact(ReportInput input)
    {
        var name = Text(input.ReporterName, nameof(input.ReporterName), ReportLimits.Name, required: "Vul uw naam in, of kies ervoor anoniem te melden.");
        var organisation = Text(input.Organisation, nameof(input.Organisation), ReportLimits.Organisation);
        var phone = Text(input.Phone, nameof(input.Phone), ReportLimits.Phone);
        var email = Text(input.Email, nameof(input.Email), ReportLimits.Email);
        if (phone is not null && (phone.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')')) || phone.Count(char.IsAsciiDigit) < 6))
            Add(nameof(input.Phone), "Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678.");
        if (email is not null && !IsEmail(email))
            Add(nameof(input.Email), "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.");
        if (phone is null && email is null && !HasError(nameof(input.Phone)) && !HasError(nameof(input.Email)))
            Add(nameof(input.Phone), "Vul een telefoonnummer of e-mailadres in, zodat de zorgcoördinator u kan bereiken.");
        return (name, organisation, phone, email);
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal);

    private List<ExploitationForm> Forms(List<string> values)
    {
        var forms = new List<ExploitationForm>();
        foreach (var value in values)
        {
            if (TryEnum<ExploitationForm>(value, out var form)) forms.Add(form);
            else { Add(nameof(ReportInput.Forms), "Kies een vorm van uitbuiting uit de lijst."); return forms; }
        }
        if (forms.Count == 0) Add(nameof(ReportInput.Forms), "Kies ten minste één vorm van uitbuiting. Twijfelt u, kies dan 'Weet ik niet'.");
        return forms;
    }

    private List<string> Indicators(List<string> values)
    {
        var known = choices.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        if (values.Any(v => !known.Contains(v)))
        {
            Add(nameof(ReportInput.Indicators), "Een van de gekozen signalen bestaat niet (meer). Kies de signalen opnieuw uit de lijst.");
            return [];
        }
        return [.. values.Distinct(StringComparer.Ordinal)];
    }

    private string? Municipality(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(nameof(ReportInput.Municipality), "Kies de gemeente waar het speelt, of 'Buitenland of onbekend'.");
            return null;
        }
        if (value == RoutingRule.AbroadOrUnknown) return null;
        if (choices.Municipality(value) is not null) return value;
        Add(nameof(ReportInput.Municipality), "Deze gemeente kennen wij niet. Kies een gemeente uit de lijst.");
        return null;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    private DateOnly? Date(string? value)
    {
        var text = Clean(value, multiline: false);
        if (text is null) return null;
        if (text.Length > 20 || !DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(nameof(ReportInput.ObservedOn), "Vul een geldige datum in, bijvoorbeeld 15-03-2026.");
            return null;
        }
        if (date > today) Add(nameof(ReportInput.ObservedOn), "De datum kan niet in de toekomst liggen.");
        else if (date < Earliest) Add(nameof(ReportInput.ObservedOn), "Vul een datum na 1 januari 1900 in.");
        return date;
    }

    private string? Text(string? value, string field, int maxLength, bool multiline = false, string? required = null)
    {
        var text = Clean(value, multiline);
        if (text is null)
        {
            if (required is not null) Add(field, required);
            return null;
        }
        if (text.Length > maxLength)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"Gebruik maximaal {maxLength} tekens (nu {text.Length})."));
            return null;
        }
        return text;
    }

    private T? Choice<T>(string? value, string field, string required) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value)) { Add(field, required); return null; }
        if (TryEnum<T>(value, out var parsed)) return parsed;
        Add(field, "Kies een van de mogelijkheden.");
        return null;
    }

    private T? Choice<T>(string? value, string field, T defaultValue) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value)) return defaultValue;
        if (TryEnum<T>(value, out var parsed)) return parsed;
        Add(field, "Kies een van de mogelijkheden.");
        return null;
    }

    private static bool TryEnum<T>(string? value, out T parsed) where T : struct, Enum
    {
        parsed = default;
        // Names only: Enum.TryParse would also accept numbers and comma-separated combinations.
        return !string.IsNullOrEmpty(value) && char.IsAsciiLetter(value[0]) && value.All(char.IsAsciiLetterOrDigit)
            && Enum.TryParse(value, ignoreCase: false, out parsed) && Enum.IsDefined(parsed);
    }

    private bool HasError(string field) => _errors.Any(e => e.Field == field);

    private void Add(string field, string message)
    {
        if (!HasError(field)) _errors.Add(new FormError(field, message));
    }

    /// <summary>
    /// Drops control characters (keeping line breaks and tabs in multi-line text), lone surrogates and
    /// surrounding white space, and normalises to NFC. Null when nothing is left.
    /// </summary>
    public static string? Clean(string? value, bool multiline)
    {
        if (value is null) return null;
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c) || c == '\r') { }
            else if (c is '\n' or '\t') builder.Append(multiline ? c : ' ');
            else if (!char.IsControl(c) && c is not ('\u2028' or '\u2029' or '\uFFFE' or '\uFFFF')) builder.Append(c);
        }
        var text = builder.ToString().Normalize(NormalizationForm.FormC).Trim();
        return text.Length == 0 ? null : text;
    }
}
