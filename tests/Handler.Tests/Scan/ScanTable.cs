using System.Diagnostics;
using Azure.Data.Tables;
using MotCua.Data;

namespace MotCua.Handler.Tests.Scan;

/// <summary>Reads back what the handler stored, by code, waiting for writes that finish after the answer.</summary>
internal static class ScanTable
{
    public static async Task<List<TableEntity>> ReadAsync(string connectionString, string code)
    {
        var table = new TableServiceClient(connectionString).GetTableClient(TableNames.Scans);
        var found = new List<TableEntity>();
        try
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Code eq {code}"), maxPerPage: 1000, select: null, CancellationToken.None))
            {
                found.Add(entity);
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // No scan stored yet: the table is created by the first write.
        }

        return found;
    }

    /// <summary>Polls until <paramref name="expected"/> entities are stored (or 20 s pass), then returns what is there.</summary>
    public static Task<List<TableEntity>> WaitForAsync(string connectionString, string code, int expected) =>
        WaitForAsync(connectionString, code, expected, TimeSpan.FromSeconds(20));

    public static async Task<List<TableEntity>> WaitForAsync(string connectionString, string code, int expected, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var found = await ReadAsync(connectionString, code);
            if (found.Count >= expected || waited.Elapsed > patience)
            {
                // Give a late duplicate the chance to show up before the caller asserts "exactly".
                await Task.Delay(200);
                return await ReadAsync(connectionString, code);
            }

            await Task.Delay(100);
        }
    }
}
