using Mensenhandel.Data;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Pages.Melden;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Meldingen;

/// <summary>The three outcomes of triage, each one transaction plus one audit event.</summary>
public sealed class Triage(AppDbContext db, TimeProvider clock, AuditTrail audit)
{
    public sealed record Suggestion(string Reference, DateTimeOffset SubmittedAt, Guid? CaseId, string? CaseReference);

    public async Task<Case> OpenCaseAsync(Report report, string actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var now = clock.GetUtcNow();
        var casus = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            var year = DutchTime.Today(now).Year;
            await ReferenceNumbers.PrepareAsync(db, ReferenceCounter.Cases, year, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var number = await ReferenceNumbers.NextAsync(db, ReferenceCounter.Cases, year, ct);
            var opened = Case.Open(CaseReference.Format(year, number), report.RegionId, actorId, report.Forms.Select(f => f.Form),
                report.VictimPossiblyMinor, report.VictimConsent, report.Reference, now);
            report.AttachToCase(opened.Id, actorId, now);
            db.Cases.Add(opened);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return opened;
        }, cancellationToken);
        await audit.WriteAsync(AuditAction.Created, "Casus", casus.Id, detail: $"vanuit melding {report.Id}");
        return casus;
    }

    public async Task LinkAsync(Report report, Case casus, string actorId)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(casus);
        if (casus.RegionId != report.RegionId) throw new DomainRuleException("Deze casus hoort bij een andere regio.");
        var now = clock.GetUtcNow();
        casus.LinkReport(report.Reference, report.VictimPossiblyMinor, actorId, now);
        report.AttachToCase(casus.Id, actorId, now);
        await db.SaveChangesAsync();
        await audit.WriteAsync(AuditAction.Changed, "Casus", casus.Id, detail: $"melding {report.Id} gekoppeld");
    }

    public async Task CloseAsync(Report report, ReportClosingReason reason, string actorId)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.CloseWithoutCase(reason, actorId, clock.GetUtcNow());
        await db.SaveChangesAsync();
        await audit.WriteAsync(AuditAction.Changed, "Melding", report.Id, detail: $"afgesloten: {reason}");
    }

    /// <summary>Earlier or later meldingen in the region that likely concern the same person (<see cref="DuplicateRule"/>).</summary>
    public async Task<IReadOnlyList<Suggestion>> SuggestDuplicatesAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        // The encrypted columns cannot be compared in SQL: the blind index (keyed hash of initials and
        // nationality) narrows the candidates, the rule itself confirms on the decrypted values.
        var matchKey = db.Protection!.BlindIndex.Compute(DuplicateRule.MatchKey(report.VictimNameOrInitials, report.VictimNationality));
        if (matchKey is null) return [];
        var from = report.SubmittedAt - DuplicateRule.Window;
        var until = report.SubmittedAt + DuplicateRule.Window;
        var candidates = await db.Reports.AsNoTracking()
            .Where(r => r.Id != report.Id && r.RegionId == report.RegionId && r.SubmittedAt >= from && r.SubmittedAt <= until
                        && r.VictimAgeGroup == report.VictimAgeGroup && r.MunicipalityCode == report.MunicipalityCode
                        && EF.Property<string?>(r, Mensenhandel.Data.Privacy.EncryptedColumns.ReportBlindIndex) == matchKey)
            .OrderByDescending(r => r.SubmittedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var matches = candidates.Where(c => DuplicateRule.LikelySamePerson(c, report)).ToList();
        var caseIds = matches.Where(m => m.CaseId is not null).Select(m => m.CaseId!.Value).ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        return [.. matches.Select(m => new Suggestion(m.Reference, m.SubmittedAt, m.CaseId, m.CaseId is { } id ? cases.GetValueOrDefault(id) : null))];
    }
}
