using Azure;
using Azure.Data.Tables;

namespace MotCua.Data;

/// <summary>
/// What every reader and writer of a table does when the table is not there (a new account, a fresh emulator, a
/// cleared table): tables are made by the first write that finds them missing, never at start-up, so starting never
/// waits on storage; a read of a missing table finds nothing.
/// </summary>
public static class MissingTable
{
    /// <summary>Runs <paramref name="write"/>; when the table is missing (404), creates it and runs the write once more.</summary>
    public static async Task<T> WithTableAsync<T>(this TableClient table, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return await write();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            return await write();
        }
    }

    /// <inheritdoc cref="WithTableAsync{T}"/>
    public static Task WithTableAsync(this TableClient table, Func<Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return table.WithTableAsync(async () =>
        {
            await write();
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// The row with these keys (only the <paramref name="select"/>ed columns when given), or null when it or its table
    /// is missing: the SDK answers either 404 with no value, so no reader needs a catch of its own.
    /// </summary>
    public static async Task<T?> FindAsync<T>(this TableClient table, string partitionKey, string rowKey, IEnumerable<string>? select, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        ArgumentNullException.ThrowIfNull(table);
        var found = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, select, cancellationToken);
        return found.HasValue ? found.Value : null;
    }
}
