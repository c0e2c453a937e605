using Mensenhandel.Web.Tests.Infrastructure;
using Npgsql;

namespace Mensenhandel.Web.Tests.Privacy;

/// <summary>Raw SQL against a portal's own test database: what an attacker with a copy of it would see.</summary>
internal static class PrivacyDb
{
    public static async Task<NpgsqlConnection> OpenAsync(PortalFactory portal)
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionStringFor(portal.DatabaseName));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Every text column of every table in the database, from information_schema.</summary>
    public static async Task<List<(string Table, string Column)>> TextColumnsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'xml')
            """, connection);
        var columns = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    /// <summary>The columns (table.column) in which <paramref name="needle"/> occurs, case-insensitively.</summary>
    public static async Task<List<string>> ColumnsContainingAsync(PortalFactory portal, string needle)
    {
        await using var connection = await OpenAsync(portal);
        var found = new List<string>();
        foreach (var (table, column) in await TextColumnsAsync(connection))
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) FROM \"{table}\" WHERE \"{column}\"::text ILIKE '%' || @needle || '%'", connection);
            command.Parameters.AddWithValue("needle", needle);
            if ((long)(await command.ExecuteScalarAsync())! > 0) found.Add($"{table}.{column}");
        }
        return found;
    }

    public static async Task<string?> ScalarAsync(PortalFactory portal, string sql, Guid id)
    {
        await using var connection = await OpenAsync(portal);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return (string?)await command.ExecuteScalarAsync();
    }

    public static async Task<int> ExecuteAsync(PortalFactory portal, string sql, Guid id, string value)
    {
        await using var connection = await OpenAsync(portal);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("value", value);
        return await command.ExecuteNonQueryAsync();
    }
}
