using Mensenhandel.Data;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Pages.Melden;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Melden;

/// <summary>The group commit of new meldingen (<see cref="ReportWriter"/>), below the form.</summary>
public sealed class ReportWriterTests(MeldenPortal portal) : IClassFixture<MeldenPortal>
{
    private static int _lastNumber;

    private ReportWriter Writer => portal.Services.GetRequiredService<ReportWriter>();

    private static ReportWriter.Pending Pending(Guid submissionKey) => new(Submission(submissionKey));

    private static ReportWriter.Submission Submission(Guid submissionKey)
    {
        var number = 900_000 + Interlocked.Increment(ref _lastNumber);
        var now = DateTimeOffset.UtcNow;
        return new ReportWriter.Submission(n => Report.Submit(submissionKey, ReportReference.Format(2001, n), "hash", now, new Routing("GM0361", "RE04"),
            new Situation(false, [ExploitationForm.Labour], ["ALG-02"], null, "Beschrijving", null, null),
            new VictimDetails(AgeGroup.From23, Gender.Unknown, null, null, null, Answer.Unknown, Consent.Unknown),
            new ReporterDetails(true, null, null, Sector.Other, null, null, Answer.Unknown), null, now.AddDays(1)), 2001, number, now);
    }

    [Fact]
    public async Task Meldingen_waiting_together_are_stored_in_one_transaction_each_with_its_outbox_message()
    {
        var batch = Enumerable.Range(0, 5).Select(_ => Pending(Guid.NewGuid())).ToList();

        await Writer.WriteBatchAsync(batch);

        var results = await Task.WhenAll(batch.Select(p => p.Stored.Task));
        var ids = results.Select(r => r.ReportId).ToList();
        Assert.All(results, r => Assert.False(r.Duplicate));
        Assert.Equal(5, await portal.WithDbAsync(db => db.Reports.CountAsync(r => ids.Contains(r.Id))));
        Assert.Equal(5, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => ids.Contains(m.ReportId) && m.Type == OutboxMessage.NewReport)));
        // Rows written by one transaction carry its id (xmin): one commit for the five.
        Assert.Equal(1, await TransactionsThatWroteAsync(ids));
    }

    [Fact]
    public async Task A_melding_the_database_refuses_fails_alone_and_the_others_of_its_batch_are_stored()
    {
        var key = Guid.NewGuid();
        await Writer.StoreAsync(Submission(key));
        var first = Pending(Guid.NewGuid());
        var sameFormAgain = Pending(key);
        var last = Pending(Guid.NewGuid());

        await Writer.WriteBatchAsync([first, sameFormAgain, last]);

        await Assert.ThrowsAsync<DbUpdateException>(() => sameFormAgain.Stored.Task);
        var stored = await Task.WhenAll(first.Stored.Task, last.Stored.Task);
        var ids = stored.Select(r => r.ReportId).ToList();
        Assert.Equal(2, await portal.WithDbAsync(db => db.Reports.CountAsync(r => ids.Contains(r.Id))));
        Assert.Equal(2, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => ids.Contains(m.ReportId))));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Reports.CountAsync(r => r.SubmissionKey == key)));
    }

    [Fact]
    public async Task Meldingen_queued_at_once_are_all_stored_with_their_own_numbers()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Writer.StoreAsync(Submission(Guid.NewGuid()))));

        Assert.Equal(40, results.Select(r => r.Reference).Distinct().Count());
        var ids = results.Select(r => r.ReportId).ToList();
        Assert.Equal(40, await portal.WithDbAsync(db => db.Reports.CountAsync(r => ids.Contains(r.Id))));
        Assert.Equal(40, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => ids.Contains(m.ReportId))));
    }

    private Task<int> TransactionsThatWroteAsync(List<Guid> ids) => portal.WithDbAsync(db => db.Database
        .SqlQuery<int>($"""SELECT count(DISTINCT xmin::text)::integer AS "Value" FROM "Reports" WHERE "Id" = ANY({ids.ToArray()})""")
        .SingleAsync());
}
