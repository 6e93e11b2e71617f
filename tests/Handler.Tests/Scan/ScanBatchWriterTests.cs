using System.Net;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Scans;
using MotCua.Handler.Scan;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Scan;

/// <summary>Nothing is lost: N scans sent are N scans stored after a stop, after an outage and at saturation, each once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScanBatchWriterTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_graceful_stop_writes_every_buffered_scan()
    {
        const int Sent = 200;
        // Batches would wait 10 s: every scan is still in the buffer when the host is told to stop.
        var site = await ScanSite.StartAsync(azurite, azurite.ConnectionString, TestClock.Running(), ("Scan:BatchInterval", "00:00:10"));
        var failures = site.Get<ScanFailureCounter>();
        await using (site)
        {
            Assert.Equal(HttpStatusCode.OK, await site.ScanAsync());
            await Task.WhenAll(Enumerable.Range(1, Sent - 1).Select(_ => site.ScanAsync()));
            Assert.Equal(Sent, site.Get<ScanRecorder>().Buffered);
        }

        Assert.Equal(Sent, (await ScanTable.ReadAsync(azurite.ConnectionString, site.Code)).Count);
        Assert.Equal(0, failures.Total);
    }

    [Fact]
    public async Task Scans_taken_during_a_storage_outage_are_written_when_storage_returns()
    {
        const int Sent = 400;
        await using var storage = await AzuriteInstance.StartAsync();
        await using var site = await ScanSite.StartAsync(storage.ConnectionString, storage.ConnectionString, TestClock.Running(), ("Scan:RetryMaxDelay", "00:00:01"));
        var writer = site.Get<ScanBatchWriter>();
        await site.ScanAsync(); // reads the registry and the page into memory while blob storage is up
        Assert.Single(await ScanTable.WaitForAsync(storage.ConnectionString, site.Code, 1));
        var storedBefore = writer.Written;

        await storage.StopAsync();
        var statuses = await Task.WhenAll(Enumerable.Range(0, Sent).Select(async _ => await site.ScanAsync()));
        // Every transaction from here on fails until the restart. One round of these scans is at most Sent / 100 full
        // batches plus a partial one per shard: more transactions than that mean a retry after a backoff failed too.
        var failedFrom = writer.Transactions;
        const int MostInOneRound = (Sent / 100) + ScanKeys.ShardCount;
        await Wait.UntilAsync(() => writer.Transactions > failedFrom + MostInOneRound, "a retry during the outage failed");
        Assert.Equal(storedBefore, writer.Written);
        await storage.RestartAsync(); // in memory: the table is gone too, and is created again

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var stored = await ScanTable.WaitForAsync(storage.ConnectionString, site.Code, Sent);
        Assert.Equal(Sent, stored.Count);
        Assert.Equal(0, site.Get<ScanFailureCounter>().Total);
    }

    [Fact]
    public async Task Scans_that_waited_in_the_buffer_through_an_outage_are_stored_under_keys_of_when_storage_took_them()
    {
        // The statistics read scans by the time in their keys, up to a safety lag: a scan stored after a longer outage
        // under the key of its answer would land behind them and never be counted.
        await using var storage = await AzuriteInstance.StartAsync();
        var clock = TestClock.Running();
        await using var site = await ScanSite.StartAsync(storage.ConnectionString, storage.ConnectionString, clock,
            ("Scan:WriteTimeout", "00:00:01"), ("Scan:RetryMaxDelay", "00:00:01"));
        await site.ScanAsync();
        Assert.Single(await ScanTable.WaitForAsync(storage.ConnectionString, site.Code, 1));
        var writer = site.Get<ScanBatchWriter>();

        await storage.StopAsync();
        await site.ScanAsync();
        var attempts = writer.Transactions;
        while (writer.Transactions == attempts)
        {
            await Task.Delay(50); // the first outage scan's batch has failed: the writer now retries it
        }

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => site.ScanAsync())); // these wait in the buffer
        await Task.Delay(TimeSpan.FromSeconds(2)); // longer than the write timeout
        var back = clock.GetUtcNow();
        await storage.RestartAsync();

        var stored = await ScanTable.WaitForAsync(storage.ConnectionString, site.Code, 11);
        Assert.Equal(11, stored.Count);
        Assert.All(stored, row => Assert.True(
            ScanKeys.TicksOfRowKey(row.RowKey) >= back.UtcTicks,
            $"{row.RowKey} is keyed before storage came back at {back:O}"));
    }

    [Fact]
    public async Task At_saturation_every_scan_is_stored_at_a_twentieth_of_a_transaction_or_less()
    {
        const int Sent = 5_000;
        await using var site = await ScanSite.StartAsync(azurite, azurite.ConnectionString, TestClock.Running());
        var recorder = site.Get<ScanRecorder>();
        var writer = site.Get<ScanBatchWriter>();
        var records = new List<ScanEntity>(Sent);
        for (var i = 0; i < Sent; i++)
        {
            records.Add(await site.NewScanAsync());
        }

        var before = writer.Transactions;
        Assert.All(records, r => Assert.True(recorder.Record(r)));

        var stored = await ScanTable.WaitForAsync(azurite.ConnectionString, site.Code, Sent);
        Assert.Equal(Sent, stored.Count);
        Assert.Equal(0, site.Get<ScanFailureCounter>().Total);
        var perScan = (double)(writer.Transactions - before) / Sent;
        Assert.True(perScan <= 0.05, $"{writer.Transactions - before} transactions for {Sent} scans");
    }

    [Fact]
    public async Task A_batch_whose_rows_are_partly_stored_already_is_written_once_without_a_failure()
    {
        await using var site = await ScanSite.StartAsync(azurite, azurite.ConnectionString, TestClock.Running());
        var records = new List<ScanEntity>();
        for (var i = 0; i < 40; i++)
        {
            records.Add(await site.NewScanAsync());
        }

        // As if an earlier attempt had been stored and its answer lost: some rows are there before the batch.
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(TableNames.Scans);
        await table.CreateIfNotExistsAsync();
        foreach (var record in records.Take(5))
        {
            await table.AddEntityAsync(record with { });
        }

        var keys = records.Select(r => r.RowKey).Order(StringComparer.Ordinal).ToList();
        var recorder = site.Get<ScanRecorder>();
        Assert.All(records, r => Assert.True(recorder.Record(r)));

        var stored = await ScanTable.WaitForAsync(azurite.ConnectionString, site.Code, records.Count);
        Assert.Equal(records.Count, stored.Count);
        Assert.Equal(keys, stored.Select(e => e.RowKey).Order(StringComparer.Ordinal));
        Assert.Equal(0, site.Get<ScanFailureCounter>().Total);
    }
}
