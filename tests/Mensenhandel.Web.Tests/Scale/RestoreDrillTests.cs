using System.Diagnostics;
using Mensenhandel.Web.Tests.Infrastructure;
using Npgsql;

namespace Mensenhandel.Web.Tests.Scale;

/// <summary>
/// Issue 8: the backup/restore drill (<c>src/scripts/restore-drill.sh</c>) runs in the test command against a
/// portal database with data in it, and fails when the copy is not the portal it was taken from.
/// </summary>
public sealed class RestoreDrillTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mensenhandel.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Mensenhandel.sln not found above the test binaries.");
    }

    /// <summary>The portal as built for this test run (same configuration as the tests).</summary>
    private static string PortalDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot, "src", "Mensenhandel.Web", "bin", configuration, "net10.0", "Mensenhandel.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        return dll;
    }

    private static async Task<PortalFactory> PortalWithDataAsync()
    {
        var portal = new PortalFactory();
        await portal.InitializeAsync();
        // Audit events (logins, reads), meldingen, outbox messages, sessions, Data Protection keys.
        var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        await portal.SubmitReportAsync(municipality: "GM0361");
        await portal.SubmitReportAsync(municipality: "GM0344");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await coordinator.GetAsync("/meldingen")).StatusCode);
        await portal.LoginAsync(DemoUsers.Administrator);
        return portal;
    }

    private static async Task<(int ExitCode, string Output)> RunDrillAsync(string database)
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString);
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(RepositoryRoot, "src", "scripts", "restore-drill.sh"), "--source", database, "--app", PortalDll() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGHOST"] = server.Host;
        start.Environment["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = server.Username;
        if (!string.IsNullOrEmpty(server.Password)) start.Environment["PGPASSWORD"] = server.Password;
        // The portal that verifies the copy starts as in production: with the field keys from its environment.
        start.Environment["Encryption__ActiveKeyId"] = TestKeys.ActiveKeyId;
        start.Environment[$"Encryption__Keys__{TestKeys.ActiveKeyId}"] = TestKeys.Key;
        start.Environment["Encryption__BlindIndexKey"] = TestKeys.BlindIndexKey;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task A_dump_of_a_portal_database_restores_into_a_fresh_database_with_equal_tables_migrations_and_an_intact_audit_chain()
    {
        await using var portal = await PortalWithDataAsync();

        var (exitCode, output) = await RunDrillAsync(portal.DatabaseName);

        Assert.True(exitCode == 0, output);
        Assert.Contains("tables equal", output);
        // Two meldingen were numbered from this year's sequence: the copy continues after them.
        Assert.Matches(@"sequences equal: .*ReferenceNumbers_MH_20\d\d 2", output);
        Assert.Contains("migrations equal", output);
        Assert.Contains("Auditspoor intact", output);
        Assert.Contains("PASSED", output);
    }

    [Fact]
    public async Task The_drill_fails_when_the_audit_chain_in_the_backup_is_broken()
    {
        await using var portal = await PortalWithDataAsync();
        // Someone with the owner's rights changed an audit event behind the portal's back (trigger bypassed).
        await using (var connection = new NpgsqlConnection(TestDatabase.ConnectionStringFor(portal.DatabaseName)))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand("""
                SET session_replication_role = replica;
                UPDATE "AuditEvents" SET "Origin" = 'vervalst' WHERE "Id" = (SELECT min("Id") FROM "AuditEvents");
                SET session_replication_role = origin;
                """, connection);
            Assert.Equal(1, await tamper.ExecuteNonQueryAsync());
        }

        var (exitCode, output) = await RunDrillAsync(portal.DatabaseName);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Auditspoor NIET intact", output);
        Assert.DoesNotContain("PASSED", output);
    }
}
