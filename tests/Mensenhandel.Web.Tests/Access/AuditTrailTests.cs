using System.Net;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mensenhandel.Web.Tests.Access;

public sealed class AuditTrailTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_application_cannot_change_or_delete_audit_rows_on_PostgreSQL()
    {
        await portal.LoginAsync(DemoUsers.Administrator);

        var update = await Assert.ThrowsAsync<PostgresException>(() => portal.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Result\" = 'Denied'")));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => portal.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\"")));
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => portal.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEvents\"")));

        Assert.Contains("alleen worden aangevuld", update.MessageText);
        Assert.Contains("alleen worden aangevuld", delete.MessageText);
        Assert.Contains("alleen worden aangevuld", truncate.MessageText);
        Assert.True(await portal.CountAsync<AuditEvent>() > 0);
    }

    [Fact]
    public async Task The_verifier_reports_an_intact_chain_and_then_the_first_row_someone_tampered_with()
    {
        var admin = await portal.LoginAsync(DemoUsers.Administrator);
        await admin.GetAsync("/beheer/gebruikers");
        var intact = await Html.ParseAsync(await admin.SubmitAsync("/beheer/audit/controle", new Dictionary<string, string>()));
        Assert.Contains("Het auditspoor is intact", intact.QuerySelector("main")?.TextContent);
        Assert.Equal(0, await Mensenhandel.Web.Auditing.AuditCommands.VerifyAsync(portal.Services));

        // Someone with owner rights (who can switch the trigger off) edits one event in the middle.
        var victimId = await portal.WithDbAsync(db => db.AuditEvents.OrderBy(e => e.Id).Skip(1).Select(e => e.Id).FirstAsync());
        await portal.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" DISABLE TRIGGER audit_events_no_change");
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEvents\" SET \"ActorId\" = 'iemand-anders' WHERE \"Id\" = {victimId}");
            return await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" ENABLE TRIGGER audit_events_no_change");
        });

        var broken = await Html.ParseAsync(await admin.SubmitAsync("/beheer/audit/controle", new Dictionary<string, string>()));

        Assert.Contains("niet intact", broken.QuerySelector("main")?.TextContent);
        Assert.Equal(2, await Mensenhandel.Web.Auditing.AuditCommands.VerifyAsync(portal.Services));
        Assert.Equal(victimId.ToString(System.Globalization.CultureInfo.InvariantCulture), broken.QuerySelector("#eerste-breuk")?.TextContent);
        Assert.True(await portal.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.AuditVerified && e.Result == AuditResult.Failure)));
    }

    [Fact]
    public async Task A_signed_in_user_asking_for_a_page_outside_their_role_gets_404_and_an_access_denied_event()
    {
        var police = await portal.LoginAsync(DemoUsers.PoliceNoordHolland);
        var before = await portal.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.ObjectId == "/beheer/gebruikers"));

        var response = await police.GetAsync("/beheer/gebruikers");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before + 1, await portal.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.ObjectId == "/beheer/gebruikers")));
    }

    [Fact]
    public async Task The_audit_log_shows_events_to_the_beheerder_filtered_by_action()
    {
        var admin = await portal.LoginAsync(DemoUsers.Administrator);

        var page = await Html.ParseAsync(await admin.GetAsync("/beheer/audit?actie=Login"));

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("Ingelogd", row.TextContent));
    }

    [Fact]
    public async Task Audit_events_hold_ids_and_outcomes_but_never_an_e_mail_address()
    {
        await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        await portal.CreatePortalClient().SubmitAsync("/inloggen", new Dictionary<string, string>
        {
            ["Input.Email"] = "onbekend.persoon@example.org", ["Input.Password"] = "een-verkeerd-wachtwoord",
        });

        var texts = await portal.WithDbAsync(db => db.AuditEvents
            .Select(e => (e.ActorId ?? "") + (e.ObjectId ?? "") + (e.Detail ?? "")).ToListAsync());

        Assert.DoesNotContain(texts, t => t.Contains('@', StringComparison.Ordinal));
    }
}
