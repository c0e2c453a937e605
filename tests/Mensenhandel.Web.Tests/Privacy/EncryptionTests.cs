using System.Net;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Privacy;

/// <summary>Identifying data and free text are unreadable in the database, and damage to them is loud.</summary>
public sealed class EncryptionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_canary_in_every_field_is_in_no_text_column_of_any_table_in_plaintext()
    {
        var canary = $"kanarie{Guid.NewGuid():N}"[..24];
        var report = await portal.SubmitReportAsync("GM0361", f => f.WithCanary(canary).Set("Input.Phone", "0612345678"));
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var opened = await coordinator.SubmitAsync($"/meldingen/{report.Id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
        var caseUrl = opened.Headers.Location!.OriginalString;
        await coordinator.SubmitAsync(caseUrl, new Dictionary<string, string> { ["Note"] = $"Notitie {canary}" }, "form[action*='handler=Note']");

        var stored = await portal.WithDbAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == report.Id));
        var note = await portal.WithDbAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.Text.Length > 0).Select(e => e.Text).ToListAsync());
        Assert.Contains(canary, stored.Description); // the portal reads it back...
        Assert.Contains(canary, stored.VictimNameOrInitials);
        Assert.Contains(note, n => n.Contains(canary, StringComparison.Ordinal));
        Assert.Empty(await PrivacyDb.ColumnsContainingAsync(portal, canary)); // ...the database holds no trace of it
        Assert.Empty(await PrivacyDb.ColumnsContainingAsync(portal, "0612345678"));
        Assert.NotEmpty(await PrivacyDb.ColumnsContainingAsync(portal, report.Reference)); // the scan does find what is there
    }

    [Fact]
    public async Task Equal_plaintexts_give_different_ciphertexts_each_with_the_key_id()
    {
        var first = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.Description", "Dezelfde tekst"));
        var second = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.Description", "Dezelfde tekst"));

        var a = await PrivacyDb.ScalarAsync(portal, "SELECT \"Description\" FROM \"Reports\" WHERE \"Id\" = @id", first.Id);
        var b = await PrivacyDb.ScalarAsync(portal, "SELECT \"Description\" FROM \"Reports\" WHERE \"Id\" = @id", second.Id);

        Assert.StartsWith($"v1:{TestKeys.ActiveKeyId}:", a);
        Assert.StartsWith($"v1:{TestKeys.ActiveKeyId}:", b);
        Assert.NotEqual(a, b);
        Assert.Equal("Dezelfde tekst", (await portal.LoadReportAsync(second.Reference)).Description);
    }

    [Fact]
    public async Task A_flipped_byte_fails_loudly_and_the_log_holds_neither_value_nor_ciphertext()
    {
        var secret = $"geheim{Guid.NewGuid():N}"[..20];
        var report = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.Description", $"Beschrijving {secret}"));
        var stored = (await PrivacyDb.ScalarAsync(portal, "SELECT \"Description\" FROM \"Reports\" WHERE \"Id\" = @id", report.Id))!;
        var at = $"v1:{TestKeys.ActiveKeyId}:".Length + 8;
        var flipped = stored[..at] + (stored[at] == 'A' ? 'B' : 'A') + stored[(at + 1)..];
        await PrivacyDb.ExecuteAsync(portal, "UPDATE \"Reports\" SET \"Description\" = @value WHERE \"Id\" = @id", report.Id, flipped);

        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var response = await coordinator.GetAsync($"/meldingen/{report.Id}");
        var load = await Record.ExceptionAsync(() => portal.LoadReportAsync(report.Reference));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.IsType<Mensenhandel.Domain.Privacy.FieldDecryptionException>(load is Mensenhandel.Domain.Privacy.FieldDecryptionException ? load : load?.InnerException);
        var lines = portal.Log.Lines().ToList();
        Assert.Contains(lines, l => l.Contains(nameof(Mensenhandel.Domain.Privacy.FieldDecryptionException), StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(stored[^20..], StringComparison.Ordinal) || l.Contains(flipped[^20..], StringComparison.Ordinal));
        Assert.DoesNotContain(secret, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Duplicate_suggestions_match_on_the_blind_index_not_on_plaintext()
    {
        var first = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", "Q. Z."));
        var hash = await PrivacyDb.ScalarAsync(portal, "SELECT \"VictimBlindIndex\" FROM \"Reports\" WHERE \"Id\" = @id", first.Id);
        var second = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", "q z"));
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var page = await Html.ParseAsync(await coordinator.GetAsync($"/meldingen/{second.Id}"));

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, await PrivacyDb.ScalarAsync(portal, "SELECT \"VictimBlindIndex\" FROM \"Reports\" WHERE \"Id\" = @id", second.Id));
        Assert.Contains(first.Reference, page.QuerySelector(".mh-suggestions")?.TextContent);
    }

    [Fact]
    public async Task Outside_Development_the_portal_refuses_to_start_without_keys()
    {
        await using var production = new PortalFactory { EnvironmentName = "Production" }.WithSetting("Encryption:ActiveKeyId", "");
        await production.InitializeAsync();

        var refused = Record.Exception(() => production.CreatePortalClient());

        Assert.NotNull(refused);
        Assert.Contains("No field encryption keys are configured", refused.ToString(), StringComparison.Ordinal);
    }
}
