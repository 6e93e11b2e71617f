using System.Net;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Domain.Text;
using MotCua.Handler.Scan;
using MotCua.TestSupport;

namespace MotCua.Handler.Tests.Scan;

/// <summary>Storage is never in the citizen's way: refused, silent or healthy, the page comes at once and a scan is buffered, stored or counted.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScanRecorderTests(AzuriteFixture azurite)
{
    /// <summary>Storage stays down in these tests: the stop must not wait the default 20 s for it.</summary>
    private static readonly (string, string) GiveUpAtStop = ("Scan:DrainTimeout", "00:00:01");

    [Fact]
    public async Task With_table_storage_refusing_connections_the_page_is_served_and_the_scan_kept_in_the_buffer()
    {
        await using var site = await ScanSite.StartAsync(azurite, StorageEndpoints.WithTablePort(azurite.ConnectionString, StorageEndpoints.ClosedPort()), GiveUpAtStop);
        var recorder = site.Get<ScanRecorder>();
        var writer = site.Get<ScanBatchWriter>();
        await site.ScanAsync(); // the first scan also reads codes.json and the page from blob storage
        await Wait.UntilAsync(() => recorder.Buffered == 0 && writer.Transactions > 0, "the first batch taken and refused; it is retried from now on");

        var status = await site.ScanAsync();

        // Answered while nothing has been stored: the scan waits in the buffer behind the refused batch, not lost.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, recorder.Buffered);
        Assert.Equal(0, writer.Written);
        Assert.Equal(0, site.Get<ScanFailureCounter>().Total);
    }

    [Fact]
    public async Task With_table_storage_silent_the_page_is_served_before_storage_answers_anything()
    {
        using var silent = new SilentServer();
        await using var site = await ScanSite.StartAsync(azurite, StorageEndpoints.WithTablePort(azurite.ConnectionString, silent.Port), GiveUpAtStop);
        var recorder = site.Get<ScanRecorder>();
        var writer = site.Get<ScanBatchWriter>();
        await site.ScanAsync();
        await Wait.UntilAsync(() => recorder.Buffered == 0 && silent.Accepted > 0, "the first batch taken and stuck on the silent endpoint");

        var status = await site.ScanAsync();

        // The silent endpoint holds the writer's request until the write timeout (10 s) ends the attempt: an answer
        // that waited for storage could not have come before that attempt was counted.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, writer.Transactions);
        Assert.Equal(1, recorder.Buffered);
    }

    [Fact]
    public async Task Scans_that_find_the_buffer_full_are_counted_lost_with_their_number()
    {
        await using var site = await ScanSite.StartAsync(
            azurite, StorageEndpoints.WithTablePort(azurite.ConnectionString, StorageEndpoints.ClosedPort()), ("Scan:BufferCapacity", "100"), GiveUpAtStop);
        var recorder = site.Get<ScanRecorder>();
        await site.ScanAsync();
        await Wait.UntilAsync(() => recorder.Buffered == 0, "the first scan taken by the writer, which now retries it");

        for (var i = 0; i < recorder.Capacity + 7; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await site.ScanAsync());
        }

        Assert.Equal(recorder.Capacity, recorder.Buffered);
        Assert.Equal(7, site.Get<ScanFailureCounter>().Total);
    }

    [Fact]
    public async Task Lost_scans_are_reported_to_scanfailures_once_storage_answers()
    {
        var clock = TestClock.Running();
        await using var site = await ScanSite.StartAsync(azurite, azurite.ConnectionString, clock);
        var counter = site.Get<ScanFailureCounter>();
        var reporter = site.Get<ScanFailureReporter>();
        counter.Increment();
        counter.Add(2);

        Assert.True(await reporter.FlushAsync(CancellationToken.None));

        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(TableNames.ScanFailures);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(VietnamTime.DateKey(clock.GetUtcNow()), reporter.InstanceId, select: null, CancellationToken.None);
        Assert.True(row.HasValue);
        Assert.Equal(3L, row.Value!.GetInt64("Count"));
    }

    [Fact]
    public async Task Five_hundred_concurrent_scans_from_browsers_and_fifty_from_bots_are_all_stored_exactly_once()
    {
        const int Browsers = 500;
        const int Bots = 50;
        await using var site = await ScanSite.StartAsync(azurite, azurite.ConnectionString);
        string[] agents =
        [
            ScanSite.Phone,
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Zalo android/12100657 ZaloTheme/light ZaloLanguage/vi",
        ];

        // One scan first reads codes.json and the page into memory, as the first citizen of the day does.
        Assert.Equal(HttpStatusCode.OK, await site.ScanAsync());
        var requests = Enumerable.Range(1, Browsers - 1).Select(i => agents[i % agents.Length])
            .Concat(Enumerable.Repeat("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", Bots))
            .Select(async agent => await site.ScanAsync(agent));
        var statuses = await Task.WhenAll(requests);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var stored = await ScanTable.WaitForAsync(azurite.ConnectionString, site.Code, Browsers + Bots);
        Assert.Equal(Browsers + Bots, stored.Count);
        Assert.Equal(Bots, stored.Count(e => e.GetBoolean("IsBot") == true));
        Assert.Equal(0, site.Get<ScanFailureCounter>().Total);
    }
}
