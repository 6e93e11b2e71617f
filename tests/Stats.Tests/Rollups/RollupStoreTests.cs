using Azure.Core;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Stats.Rollups;
using MotCua.TestSupport;

namespace MotCua.Stats.Tests.Rollups;

[Collection(AzuriteCollection.Name)]
public sealed class RollupStoreTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Day = new(2026, 12, 31);

    [Fact]
    public async Task Two_runs_adding_the_same_window_at_once_add_it_once()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var daily = storage.Tables.GetTableClient(TableNames.StatsDaily);
        var delta = new RollupSet();
        for (var i = 0; i < 250; i++)
        {
            delta.Add(new ScanFact("tp-cao-bang", Day.AddDays(-(i % 3)), $"C{i % 120:D3}", "procedure", "tp-cao-bang/ho-tich/x", "to-thu-tuc", i % 7 == 0, i % 11 == 0));
        }

        var rows = RollupRows.FromDelta(delta);
        const long windowEnd = 638_000_000_000_000_000;

        await Task.WhenAll(new RollupStore(daily).ApplyAsync(rows, windowEnd, CancellationToken.None), new RollupStore(daily).ApplyAsync(rows, windowEnd, CancellationToken.None));
        await new RollupStore(daily).ApplyAsync(rows, windowEnd, CancellationToken.None);

        var stored = await StatsStorage.AllAsync(daily);
        Assert.Equal(rows.Count, stored.Count);
        var totals = stored.Where(e => e.RowKey.StartsWith("t|c|", StringComparison.Ordinal)).Select(RollupRows.ToCodeDay).ToList();
        Assert.Equal(delta.Codes.Sum(d => d.Scans), totals.Sum(d => d.Scans));
        Assert.Equal(delta.Codes.Sum(d => d.BotScans + d.PortalClicks + d.BotPortalClicks), totals.Sum(d => d.BotScans + d.PortalClicks + d.BotPortalClicks));
        Assert.Equal(250, stored.Where(e => e.RowKey.StartsWith("y|", StringComparison.Ordinal))
            .Sum(e => RollupRows.Long(e, "Scans") + RollupRows.Long(e, "BotScans") + RollupRows.Long(e, "PortalClicks") + RollupRows.Long(e, "BotPortalClicks")));
    }

    [Fact]
    public async Task A_later_window_adds_to_the_rows_an_earlier_one_wrote()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var daily = storage.Tables.GetTableClient(TableNames.StatsDaily);
        var delta = new RollupSet();
        delta.Add(new ScanFact("tp-cao-bang", Day, "HT2K", "procedure", "tp-cao-bang/ho-tich/x", "to-thu-tuc", false, false));
        var rows = RollupRows.FromDelta(delta);

        await new RollupStore(daily).ApplyAsync(rows, 100, CancellationToken.None);
        await new RollupStore(daily).ApplyAsync(rows, 200, CancellationToken.None);
        await new RollupStore(daily).ApplyAsync(rows, 200, CancellationToken.None);

        var total = await daily.GetEntityIfExistsAsync<TableEntity>("tp-cao-bang", "t|c|HT2K", null, CancellationToken.None);
        Assert.Equal(2, RollupRows.Long(total.Value!, "Scans"));
        Assert.Equal(200, RollupRows.Long(total.Value!, "AppliedThrough"));
    }

    [Fact]
    public async Task A_window_of_hundreds_of_rows_is_written_in_transactions_of_at_most_100_rows_of_one_unit()
    {
        var recorder = new TransactionRecorder();
        var options = StorageClientDefaults.TableOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var daily = await azurite.NewTableAsync("daily", options);
        var delta = new RollupSet();
        for (var i = 0; i < 700; i++)
        {
            var unit = i % 5 == 0 ? "phuong-quan-thanh" : "tp-cao-bang";
            delta.Add(new ScanFact(unit, Day.AddDays(-(i % 4)), $"C{i:D3}", "procedure", $"{unit}/ho-tich/x", "to-thu-tuc", false, false));
        }

        var rows = RollupRows.FromDelta(delta);

        await new RollupStore(daily).ApplyAsync(rows, 100, CancellationToken.None);

        var sent = recorder.Transactions;
        Assert.True(rows.Count > 3 * TableLimits.TransactionSize, $"only {rows.Count} rows: the test needs several full transactions");
        Assert.Equal(rows.Count, sent.Sum(t => t.Operations));
        Assert.All(sent, t => Assert.InRange(t.Operations, 1, TableLimits.TransactionSize));
        Assert.All(sent, t => Assert.Single(t.Partitions));
        Assert.Contains(sent, t => t.Operations == TableLimits.TransactionSize);
        Assert.Equal(rows.Count, (await StatsStorage.AllAsync(daily)).Count);
    }
}
