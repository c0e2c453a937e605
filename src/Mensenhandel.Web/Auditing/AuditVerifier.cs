using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Auditing;

public sealed record AuditVerification(long EventsChecked, AuditChain.Break? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}

/// <summary>Walks the whole audit trail in id order, in batches, and reports the first broken link.</summary>
public sealed class AuditVerifier(AppDbContext db)
{
    private const int BatchSize = 5_000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var previousHash = AuditEvent.GenesisHash;
        long lastId = 0, checkedCount = 0;
        while (true)
        {
            var batch = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Id > lastId)
                .OrderBy(e => e.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) return new AuditVerification(checkedCount, null);

            var broken = AuditChain.FindFirstBreak(batch, ref previousHash);
            if (broken is not null)
            {
                return new AuditVerification(checkedCount + batch.TakeWhile(e => e.Id != broken.EventId).Count(), broken);
            }
            checkedCount += batch.Count;
            lastId = batch[^1].Id;
        }
    }
}
