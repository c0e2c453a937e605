using Mensenhandel.Data;
using Mensenhandel.Data.Privacy;
using Mensenhandel.Domain.Privacy;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Privacy;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mensenhandel.Web.Tests.Privacy;

public sealed class KeyRotationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string NewKey = Convert.ToBase64String(Enumerable.Range(201, 32).Select(i => (byte)i).ToArray());

    private static async Task<List<string>> StoredValuesAsync(PortalFactory on)
    {
        var columns = await on.WithDbAsync(db => Task.FromResult(EncryptedColumns.All(db.Model)));
        await using var connection = await PrivacyDb.OpenAsync(on);
        var values = new List<string>();
        foreach (var (table, column, _) in columns)
        {
            await using var command = new NpgsqlCommand($"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL AND \"{column}\" <> ''", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        }
        return values;
    }

    [Fact]
    public async Task Rotation_re_encrypts_every_value_with_the_new_key_and_every_record_stays_readable()
    {
        var first = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", "R. T.").Set("Input.Description", "Voor de rotatie"));
        var second = await portal.SubmitReportAsync("GM0361", f => f.Set("Input.VictimName", "r t").Set("Input.Description", "Ook voor de rotatie"));
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var opened = await coordinator.SubmitAsync($"/meldingen/{first.Id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
        await coordinator.SubmitAsync(opened.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Note"] = "Notitie voor de rotatie" }, "form[action*='handler=Note']");
        var before = await StoredValuesAsync(portal);
        Assert.All(before, v => Assert.StartsWith($"v1:{TestKeys.ActiveKeyId}:", v));
        var hashBefore = await PrivacyDb.ScalarAsync(portal, "SELECT \"VictimBlindIndex\" FROM \"Reports\" WHERE \"Id\" = @id", first.Id);

        // A second instance on the same database with a new active key; the old key stays for reading.
        await using var rotated = new PortalFactory()
            .WithSetting("ConnectionStrings:Mensenhandel", TestDatabase.ConnectionStringFor(portal.DatabaseName))
            .WithSetting("Encryption:ActiveKeyId", "test2")
            .WithSetting($"Encryption:Keys:{TestKeys.ActiveKeyId}", TestKeys.Key)
            .WithSetting("Encryption:Keys:test2", NewKey)
            .WithSetting("Encryption:BlindIndexKey", TestKeys.BlindIndexKey);
        await rotated.InitializeAsync();
        FieldKeyRotation.Outcome outcome;
        await using (var scope = rotated.Services.CreateAsyncScope())
            outcome = await scope.ServiceProvider.GetRequiredService<FieldKeyRotation>().RotateAsync(batchSize: 3);

        var after = await StoredValuesAsync(portal);
        Assert.Equal(0, outcome.Failed);
        Assert.Equal(before.Count, outcome.Rewritten);
        Assert.Equal(before.Count, after.Count);
        Assert.All(after, v => Assert.StartsWith("v1:test2:", v));
        Assert.Equal("Voor de rotatie", (await rotated.LoadReportAsync(first.Reference)).Description);
        Assert.Equal("r t", (await rotated.LoadReportAsync(second.Reference)).VictimNameOrInitials);
        Assert.Contains("Notitie voor de rotatie", await rotated.WithDbAsync(db => db.CaseEvents.Select(e => e.Text).ToListAsync()));
        Assert.Equal(hashBefore, await PrivacyDb.ScalarAsync(portal, "SELECT \"VictimBlindIndex\" FROM \"Reports\" WHERE \"Id\" = @id", first.Id));

        // The old instance, without the new key, fails loudly instead of showing garbage.
        var oldReader = await Record.ExceptionAsync(() => portal.LoadReportAsync(first.Reference));
        Assert.IsType<FieldDecryptionException>(oldReader as FieldDecryptionException ?? oldReader?.InnerException);

        // A second run has nothing left to do.
        await using (var scope = rotated.Services.CreateAsyncScope())
            Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<FieldKeyRotation>().RotateAsync()).Rewritten);
    }
}
