using Azure.Data.Tables;
using MotCua.Data.Scans;
using MotCua.TestSupport;

namespace MotCua.Data.Tests.Scans;

[Collection(AzuriteCollection.Name)]
public sealed class ScanEntityTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 16, 59, 59, TimeSpan.Zero);

    private static ScanEntity Scan(DateTimeOffset at, uint random) =>
        new() { PartitionKey = ScanKeys.PartitionKey(at, ScanKeys.ShardOf(random)), RowKey = ScanKeys.RowKey(at, random), Code = "HT2K", IsBot = false };

    [Fact]
    public async Task A_window_filter_reads_the_scans_after_its_start_through_its_end()
    {
        var table = await azurite.NewTableAsync("scans");
        var scans = new[] { Scan(At.AddTicks(-1), 1), Scan(At, 2), Scan(At.AddTicks(1), 3), Scan(At.AddSeconds(1), 4), Scan(At.AddSeconds(1).AddTicks(1), 5) };
        foreach (var scan in scans)
        {
            await table.AddEntityAsync(scan);
        }

        var window = await table.QueryAsync<ScanEntity>(ScanEntity.WindowFilter(null, At.UtcTicks, At.AddSeconds(1).UtcTicks)).ToListAsync();
        var shard = await table.QueryAsync<ScanEntity>(ScanEntity.WindowFilter(scans[2].PartitionKey, At.UtcTicks, At.AddSeconds(1).UtcTicks)).ToListAsync();

        Assert.Equal([scans[2].RowKey, scans[3].RowKey], window.Select(e => e.RowKey).Order(StringComparer.Ordinal));
        Assert.Equal(scans[2].RowKey, Assert.Single(shard).RowKey);
    }

    [Fact]
    public async Task Every_column_is_a_string_but_is_bot()
    {
        var table = await azurite.NewTableAsync("scans");
        var record = new ScanEntity
        {
            PartitionKey = "20261130-s1", RowKey = "0638000000000000000-00000001", Event = "scan", Code = "HT2K", Kind = "procedure",
            Target = "u/f/s", Placement = "to-thu-tuc", Unit = "u", LocalTime = "2026-11-30T23:59:59+07:00", LocalDate = "2026-11-30",
            Device = "mobile", IsBot = true, BotReason = "head", Referrer = "",
        };
        await table.AddEntityAsync(record);

        var row = (await table.GetEntityAsync<TableEntity>(record.PartitionKey, record.RowKey)).Value;

        var columns = row.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["BotReason", "Code", "Device", "Event", "IsBot", "Kind", "LocalDate", "LocalTime", "Placement", "Referrer", "Target", "Unit"], columns);
        Assert.All(columns.Where(c => c != "IsBot"), c => Assert.IsType<string>(row[c]));
        Assert.IsType<bool>(row["IsBot"]);
    }
}
