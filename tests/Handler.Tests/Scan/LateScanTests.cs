using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.Handler.Tests.Scan;

/// <summary>
/// A storage outage longer than the statistics' safety lag: the statistics run as soon as storage is back, before the
/// app has stored the scans it held, and the scans stored after that run are still counted by the next.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class LateScanTests
{
    private const int Sent = 10;

    private const string Phone = "Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Mobile Safari/537.36";

    [Fact]
    public async Task Scans_stored_after_a_long_outage_are_counted_though_the_statistics_ran_first()
    {
        await using var storage = await AzuriteInstance.StartAsync();
        var prefix = ScanTestSite.NewPrefix();
        var code = ScanTestSite.Codes(prefix).Procedure;
        await ScanTestSite.SeedAsync(storage.ConnectionString, "$web", prefix);
        await using var app = await FunctionsApp.StartAsync(storage.ConnectionString,
        [
            KeyValuePair.Create("Stats:SafetyLag", "00:00:03"),
            KeyValuePair.Create("Scan:WriteTimeout", "00:00:01"),
            // Attempts about 0.2, 0.6, 1.4, 3, 6.2, 12.6 and 25.4 s into the outage, then not before 51 s.
            KeyValuePair.Create("Scan:RetryMaxDelay", "00:01:00"),
        ]);
        app.Client.DefaultRequestHeaders.UserAgent.ParseAdd(Phone);
        using (var warm = await app.Client.GetAsync(new Uri($"/s/{code}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        Assert.Single(await ScanTable.WaitForAsync(storage.ConnectionString, code, 1));
        await storage.StopAsync();
        for (var i = 0; i < Sent; i++)
        {
            using var scan = await app.Client.GetAsync(new Uri($"/s/{code}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        }

        // Storage returns (empty: the emulator keeps nothing) 27.5 s on, just after an attempt, and the statistics run at
        // once; the scans wait for the writer's next attempt, long after the safety lag.
        await Task.Delay(TimeSpan.FromSeconds(27.5));
        await storage.RestartAsync();
        await new BlobServiceClient(storage.ConnectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient("$web").CreateIfNotExistsAsync();
        Assert.True(await app.Host.InvokeTimerAsync("PublishStats"));
        Assert.Empty(await ScanTable.ReadAsync(storage.ConnectionString, code));

        var rows = await ScanTable.WaitForAsync(storage.ConnectionString, code, Sent, TimeSpan.FromSeconds(60));
        Assert.Equal(Sent, rows.Count);
        await Task.Delay(TimeSpan.FromSeconds(4)); // past the safety lag
        Assert.True(await app.Host.InvokeTimerAsync("PublishStats"));

        Assert.Equal(Sent, await PublishedScansAsync(storage.ConnectionString));
    }

    private static async Task<long> PublishedScansAsync(string connectionString)
    {
        var blob = new BlobServiceClient(connectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient("$web").GetBlobClient("stats/tp-cao-bang/stats.json");
        var content = await blob.DownloadContentAsync();
        var bytes = content.Value.Details.ContentEncoding == "gzip" ? MotCua.Domain.Pages.Gzip.Decompress(content.Value.Content.ToArray()) : content.Value.Content.ToArray();
        using var json = JsonDocument.Parse(bytes);
        return json.RootElement.GetProperty("totals").GetProperty("scans").GetInt64();
    }
}
