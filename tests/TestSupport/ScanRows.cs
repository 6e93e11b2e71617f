using System.Globalization;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Domain.Text;

namespace MotCua.TestSupport;

/// <summary>
/// Scan rows written straight into <c>scans</c>, keyed and shaped as the handler stores them: the one way tests of
/// what reads scans (the statistics, the timer, the stats verb) seed Azurite.
/// </summary>
public static class ScanRows
{
    /// <summary>A browser's scan of <paramref name="code"/> at <paramref name="at"/>, in shard 0 unless keys are given.</summary>
    public static TableEntity Of(
        string code, string kind, string unit, string target, string placement, DateTimeOffset at, bool bot = false, string? partitionKey = null, string? rowKey = null) =>
        new(partitionKey ?? $"{VietnamTime.DateKey(at)}-s0", rowKey ?? $"{at.UtcTicks:D19}-{Guid.NewGuid():N}")
        {
            ["Event"] = "scan",
            ["Code"] = code,
            ["Kind"] = kind,
            ["Target"] = target,
            ["Placement"] = placement,
            ["Unit"] = unit,
            ["LocalTime"] = VietnamTime.Format(at),
            ["LocalDate"] = VietnamTime.Date(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Device"] = "mobile",
            ["IsBot"] = bot,
            ["BotReason"] = bot ? "user-agent" : "",
            ["Referrer"] = "",
        };

    /// <summary>Creates <c>scans</c> if it is missing and adds <paramref name="rows"/> to it.</summary>
    public static async Task AddAsync(string connectionString, params TableEntity[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var scans = new TableServiceClient(connectionString).GetTableClient(TableNames.Scans);
        await scans.CreateIfNotExistsAsync();
        foreach (var row in rows)
        {
            await scans.AddEntityAsync(row);
        }
    }
}
