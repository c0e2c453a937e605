using System.Data.Common;
using Mensenhandel.Data;
using Mensenhandel.Data.Privacy;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Privacy;
using Mensenhandel.Web.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Privacy;

/// <summary>
/// Re-encrypts every encrypted column value that is not under the active key, in batches, while the portal
/// keeps running: each row is updated with a compare-and-set on its old ciphertext, so a concurrent edit by
/// the portal wins and the row is simply picked up again on a next run. The same walk encrypts legacy
/// plaintext values (a database from before encryption): <see cref="EncryptPlaintextAsync"/>.
/// Works on both providers with plain SQL; never logs a value.
/// </summary>
public sealed class FieldKeyRotation(AppDbContext db, FieldProtection protection, AuditTrail audit, ILogger<FieldKeyRotation> logger)
{
    public const string RotateArgument = "--rotate-keys";
    public const int DefaultBatchSize = 200;

    public sealed record Outcome(int Rewritten, int Failed);

    /// <summary>Rotation: everything not yet under the active key gets it (plaintext included).</summary>
    public async Task<Outcome> RotateAsync(int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        var outcome = await RewriteAsync(stored => !protection.Cipher.IsEncryptedWithActiveKey(stored), batchSize, cancellationToken);
        await BackfillBlindIndexAsync(batchSize, cancellationToken);
        await audit.WriteAsync(AuditAction.KeysRotated, "Sleutels", protection.Cipher.ActiveKeyId,
            outcome.Failed == 0 ? AuditResult.Success : AuditResult.Failure, $"{outcome.Rewritten} waarden herversleuteld, {outcome.Failed} mislukt");
        return outcome;
    }

    /// <summary>The data step after the Privacy migration: values stored before encryption existed get encrypted.</summary>
    public async Task<Outcome> EncryptPlaintextAsync(int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        var outcome = await RewriteAsync(stored => stored.Length > 0 && FieldCipher.KeyIdOf(stored) is null, batchSize, cancellationToken);
        await BackfillBlindIndexAsync(batchSize, cancellationToken);
        return outcome;
    }

    /// <summary>Meldingen stored before the blind index existed get theirs (saving computes it, see AppDbContext).</summary>
    private async Task BackfillBlindIndexAsync(int batchSize, CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await db.Reports
                .Where(r => r.VictimNameOrInitials != null && EF.Property<string?>(r, EncryptedColumns.ReportBlindIndex) == null)
                .Take(batchSize).ToListAsync(cancellationToken);
            var changed = 0;
            foreach (var report in batch)
            {
                var hash = protection.BlindIndex.Compute(Domain.Reports.DuplicateRule.MatchKey(report.VictimNameOrInitials, report.VictimNationality));
                if (hash is null) continue;
                db.Entry(report).Property<string?>(EncryptedColumns.ReportBlindIndex).CurrentValue = hash;
                changed++;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (changed == 0 || batch.Count < batchSize) return;
        }
    }

    private async Task<Outcome> RewriteAsync(Func<string, bool> needsRewrite, int batchSize, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        int rewritten = 0, failed = 0;
        try
        {
            foreach (var (table, column, keyColumn) in EncryptedColumns.All(db.Model))
            {
                object? last = null;
                while (true)
                {
                    var batch = await ReadBatchAsync(connection, table, column, keyColumn, last, batchSize, cancellationToken);
                    if (batch.Count == 0) break;
                    last = batch[^1].Key;
                    foreach (var (key, stored) in batch.Where(row => needsRewrite(row.Stored)))
                    {
                        string replacement;
                        try
                        {
                            replacement = protection.Cipher.Reencrypt(stored);
                        }
                        catch (FieldDecryptionException ex)
                        {
                            failed++;
                            logger.LogError("Key rotation could not read {Table}.{Column} of row {RowKey}: {Reason}", table, column, key, ex.Message);
                            continue;
                        }
                        rewritten += await UpdateAsync(connection, table, column, keyColumn, key, stored, replacement, cancellationToken);
                    }
                }
            }
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
        logger.LogInformation("Encrypted columns rewritten with key {ActiveKeyId}: {Rewritten} values, {Failed} failures",
            protection.Cipher.ActiveKeyId, rewritten, failed);
        return new Outcome(rewritten, failed);
    }

    private static async Task<List<(object Key, string Stored)>> ReadBatchAsync(DbConnection connection, string table, string column,
        string keyColumn, object? after, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Quote(keyColumn)}, {Quote(column)} FROM {Quote(table)} WHERE {Quote(column)} IS NOT NULL"
            + (after is null ? "" : $" AND {Quote(keyColumn)} > @after")
            + $" ORDER BY {Quote(keyColumn)} LIMIT {batchSize}";
        if (after is not null) AddParameter(command, "@after", after);
        var rows = new List<(object, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add((reader.GetValue(0), reader.GetString(1)));
        return rows;
    }

    private static async Task<int> UpdateAsync(DbConnection connection, string table, string column, string keyColumn,
        object key, string old, string replacement, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {Quote(table)} SET {Quote(column)} = @new WHERE {Quote(keyColumn)} = @key AND {Quote(column)} = @old";
        AddParameter(command, "@new", replacement);
        AddParameter(command, "@key", key);
        AddParameter(command, "@old", old);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // Table and column names come from the EF model, never from input.
    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>The command: dotnet Mensenhandel.Web.dll --rotate-keys (exit code 0 done, 3 when values could not be read).</summary>
    public static async Task<int> RunCommandAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<FieldKeyRotation>().RotateAsync();
        await Console.Out.WriteLineAsync($"Sleutelrotatie: {outcome.Rewritten} waarden herversleuteld, {outcome.Failed} niet leesbaar.");
        return outcome.Failed == 0 ? 0 : 3;
    }
}
