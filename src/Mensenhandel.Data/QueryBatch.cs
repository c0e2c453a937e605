using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Mensenhandel.Data;

/// <summary>
/// Several EF queries in one round trip. Each query's SQL and parameters are the ones EF itself builds for it
/// (<see cref="RelationalQueryableExtensions.CreateDbCommand"/>, from EF's query cache), so filters such as the
/// access rules stay in LINQ and are never written twice. On PostgreSQL they go out as one Npgsql batch; on other
/// providers (SQLite, the embedded default) one after the other on the same connection.
/// Results are read by column position, so keep the queries' projections simple and flat: a column a value,
/// in the order of the projection. <see cref="Column{TEntity, TValue}"/> reads a property's column as the model
/// stores it on the provider at hand (enums as text, dates as numbers on SQLite).
/// </summary>
public sealed class QueryBatch(AppDbContext db)
{
    private readonly List<(IQueryable Query, Action<DbDataReader> ReadRow, Action Reset)> _queries = [];

    /// <summary>Adds a query; after <see cref="ExecuteAsync"/> the returned list holds its rows, as read by <paramref name="readRow"/>.</summary>
    public IReadOnlyList<TRow> Add<TQuery, TRow>(IQueryable<TQuery> query, Func<DbDataReader, TRow> readRow)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(readRow);
        var rows = new List<TRow>();
        _queries.Add((query, reader => rows.Add(readRow(reader)), rows.Clear));
        return rows;
    }

    /// <summary>
    /// Reads the column of <typeparamref name="TEntity"/>'s property <paramref name="property"/> at an ordinal,
    /// through the model's value converter where the property has one. For a column that can be NULL, ask the
    /// reader's IsDBNull first.
    /// </summary>
    public Func<DbDataReader, int, TValue> Column<TEntity, TValue>(string property)
    {
        var mapping = db.Model.FindEntityType(typeof(TEntity))?.FindProperty(property)?.GetTypeMapping()
            ?? throw new ArgumentException($"{typeof(TEntity).Name} has no mapped property {property}.", nameof(property));
        if (mapping.Converter is not { } converter) return (reader, ordinal) => reader.GetFieldValue<TValue>(ordinal);
        var fromProvider = converter.ConvertFromProvider;
        return (reader, ordinal) => (TValue)fromProvider(reader.GetValue(ordinal))!;
    }

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (_queries.Count == 0) return;
        // Under the retrying execution strategy like every EF query; a retry reads every result afresh.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            foreach (var query in _queries) query.Reset();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                if (db.Database.GetDbConnection() is NpgsqlConnection connection) await ReadBatchAsync(connection, ct);
                else await ReadOneByOneAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, cancellationToken);
    }

    private async Task ReadBatchAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            Transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction,
        };
        foreach (var (query, _, _) in _queries)
        {
            await using var command = query.CreateDbCommand();
            var batchCommand = new NpgsqlBatchCommand(command.CommandText);
            foreach (NpgsqlParameter parameter in command.Parameters) batchCommand.Parameters.Add(parameter.Clone());
            batch.BatchCommands.Add(batchCommand);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < _queries.Count; i++)
        {
            if (i > 0) await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) _queries[i].ReadRow(reader);
        }
    }

    private async Task ReadOneByOneAsync(CancellationToken cancellationToken)
    {
        foreach (var (query, readRow, _) in _queries)
        {
            await using var command = query.CreateDbCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) readRow(reader);
        }
    }
}
