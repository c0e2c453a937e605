using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Privacy;

/// <summary>
/// Removes identifying data and free text from a melding, or from a casus with everything that belongs to it
/// (its meldingen, timeline, referrals, disputes), keeping the rows and their statistical columns. One audit
/// event per record, with the reason only. Used by retention and by granted erasure requests.
/// </summary>
public sealed class Pseudonymiser(AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task ReportAsync(Guid reportId, string reason, string? actorId, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleAsync(r => r.Id == reportId, cancellationToken);
        report.Pseudonymise(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.Pseudonymised, "Melding", reportId, detail: reason, actorId: actorId);
    }

    public async Task CaseAsync(Guid caseId, string reason, string? actorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var casus = await db.Cases.Include(c => c.Events).Include(c => c.Disputes).SingleAsync(c => c.Id == caseId, cancellationToken);
        var reports = await db.Reports.Where(r => r.CaseId == caseId).ToListAsync(cancellationToken);
        var referrals = await db.Referrals.Where(r => r.CaseId == caseId).ToListAsync(cancellationToken);
        casus.Pseudonymise(now);
        foreach (var report in reports) report.Pseudonymise(now);
        foreach (var referral in referrals) referral.Pseudonymise();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.Pseudonymised, "Casus", caseId, detail: reason, actorId: actorId);
        foreach (var report in reports)
            await audit.WriteAsync(AuditAction.Pseudonymised, "Melding", report.Id, detail: reason, actorId: actorId);
        foreach (var referral in referrals)
            await audit.WriteAsync(AuditAction.Pseudonymised, "Verwijzing", referral.Id, detail: reason, actorId: actorId);
    }
}
