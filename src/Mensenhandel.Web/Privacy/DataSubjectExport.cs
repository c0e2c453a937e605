using Mensenhandel.Data;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Privacy;

/// <summary>
/// Everything the portal holds about one possible victim, found by reference (MH-… or CS-…): the casus with
/// all its meldingen, or a melding on its own. Only what concerns the person: the melder's own name and
/// contact details (another person) and staff account ids are left out.
/// </summary>
public sealed class DataSubjectExport(AppDbContext db)
{
    public sealed record ReportData(string Reference, DateTimeOffset SubmittedAt, string Status, string? MunicipalityCode, string? RegionId,
        IReadOnlyList<string> Forms, IReadOnlyList<string> IndicatorCodes, bool AcuteDanger, string Description, string? OtherSignals,
        string? PlaceDescription, DateOnly? ObservedOn, string AgeGroup, bool PossiblyMinor, string Gender, string? Nationality,
        string? Languages, string? NameOrInitials, string VictimKnowsAboutReport, string Consent, DateTimeOffset? ClosedAt,
        string? ClosingReason, DateTimeOffset? PseudonymisedAt);

    public sealed record EventData(DateTimeOffset At, string Kind, string Text);

    public sealed record ReferralData(string Kind, string Status, DateTimeOffset SentAt, bool SharesIdentity, string LegalGround,
        string Request, string? AnswerReason, DateTimeOffset? AnsweredAt, DateTimeOffset? ConsentWithdrawnAt);

    public sealed record ConsentData(string TextVersion, string Channel, DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt);

    public sealed record CaseData(string Reference, string Status, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? RegionId,
        bool PossiblyMinor, string Consent, DateOnly? ReflectionPeriodStart, DateOnly? ReflectionPeriodEnd, string? ResponsibleMunicipalityCode,
        string? ResponsibilityReason, IReadOnlyList<string> Forms, IReadOnlyList<EventData> Events, IReadOnlyList<ReferralData> Referrals,
        IReadOnlyList<ConsentData> Consents, DateTimeOffset? PseudonymisedAt);

    public sealed record DecisionData(string Reference, string Kind, string Ground, bool Granted, DateTimeOffset DecidedAt);

    public sealed record Export(string Reference, DateTimeOffset CreatedAt, CaseData? Case, IReadOnlyList<ReportData> Reports,
        IReadOnlyList<DecisionData> Decisions)
    {
        public Guid? CaseId { get; init; }
        public IReadOnlyList<Guid> ReportIds { get; init; } = [];
        public bool CaseIsOpen => Case is not null && Case.Status != nameof(CaseStatus.Closed);
    }

    /// <summary>Null when no melding or casus has this reference.</summary>
    public async Task<Export?> ForReferenceAsync(string reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        reference = (reference ?? "").Trim().ToUpperInvariant();
        Guid? caseId = null;
        List<Report> reports;
        if (reference.StartsWith("CS-", StringComparison.Ordinal))
        {
            caseId = await db.Cases.Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (caseId is null) return null;
            reports = await ReportsAsync(db.Reports.Where(r => r.CaseId == caseId), cancellationToken);
        }
        else
        {
            var report = await ReportsAsync(db.Reports.Where(r => r.Reference == reference), cancellationToken);
            if (report.Count == 0) return null;
            caseId = report[0].CaseId;
            reports = caseId is null ? report : await ReportsAsync(db.Reports.Where(r => r.CaseId == caseId), cancellationToken);
        }

        CaseData? caseData = null;
        var references = reports.Select(r => r.Reference).ToList();
        if (caseId is { } id)
        {
            var casus = await db.Cases.AsNoTracking().AsSplitQuery().Include(c => c.Forms).Include(c => c.Events).Include(c => c.ConsentRecords)
                .SingleAsync(c => c.Id == id, cancellationToken);
            var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.SentAt).ToListAsync(cancellationToken);
            references.Add(casus.Reference);
            caseData = new CaseData(casus.Reference, casus.Status.ToString(), casus.OpenedAt, casus.ClosedAt, casus.RegionId, casus.PossiblyMinor,
                casus.Consent.ToString(), casus.ReflectionPeriodStart, casus.ReflectionPeriodEnd, casus.ResponsibleMunicipalityCode,
                casus.ResponsibilityReason, [.. casus.Forms.Select(f => f.Form.ToString())],
                [.. casus.Events.OrderBy(e => e.At).Select(e => new EventData(e.At, e.Kind.ToString(), e.Text))],
                [.. referrals.Select(r => new ReferralData(r.Kind.ToString(), r.Status.ToString(), r.SentAt, r.SharesIdentity, r.LegalGround.ToString(),
                    r.Request, r.AnswerReason, r.AnsweredAt, r.ConsentWithdrawnAt))],
                [.. casus.ConsentRecords.OrderBy(c => c.GivenAt).Select(c => new ConsentData(c.TextVersion, c.Channel.ToString(), c.GivenAt, c.WithdrawnAt))],
                casus.PseudonymisedAt);
        }
        var decisions = await db.PrivacyDecisions.AsNoTracking().Where(d => references.Contains(d.Reference)).OrderBy(d => d.DecidedAt)
            .Select(d => new DecisionData(d.Reference, d.Kind.ToString(), d.Ground.ToString(), d.Granted, d.DecidedAt)).ToListAsync(cancellationToken);

        return new Export(reference, now, caseData, [.. reports.Select(ToData)], decisions)
        {
            CaseId = caseId,
            ReportIds = [.. reports.Select(r => r.Id)],
        };
    }

    private static Task<List<Report>> ReportsAsync(IQueryable<Report> query, CancellationToken cancellationToken) =>
        query.AsNoTracking().AsSplitQuery().Include(r => r.Forms).Include(r => r.Indicators).OrderBy(r => r.SubmittedAt).ToListAsync(cancellationToken);

    private static ReportData ToData(Report r) => new(r.Reference, r.SubmittedAt, r.Status.ToString(), r.MunicipalityCode, r.RegionId,
        [.. r.Forms.Select(f => f.Form.ToString())], [.. r.Indicators.Select(i => i.IndicatorCode)], r.AcuteDanger, r.Description, r.OtherSignals,
        r.PlaceDescription, r.ObservedOn, r.VictimAgeGroup.ToString(), r.VictimPossiblyMinor, r.VictimGender.ToString(), r.VictimNationality,
        r.VictimLanguages, r.VictimNameOrInitials, r.VictimKnowsAboutReport.ToString(), r.VictimConsent.ToString(),
        r.Status == ReportStatus.Closed ? r.TriagedAt : null, r.ClosingReason?.ToString(), r.PseudonymisedAt);
}
