using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Text;
using MotCua.Handler.Tests.Hosting;
using MotCua.LocalHost;
using Azure.Storage.Blobs;
using Azure.Data.Tables;
using MotCua.TestSupport;
using MotCua.Data;

namespace MotCua.Handler.Tests.Stats;

[Collection(AzuriteCollection.Name)]
public sealed class StatsTimerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PublishStats_fires_on_its_metadata_schedule_counts_new_scans_and_publishes_the_unit()
    {
        var unit = "don-vi-" + Guid.NewGuid().ToString("N")[..8];
        var tables = new TableServiceClient(azurite.ConnectionString);
        var blobs = new BlobServiceClient(azurite.ConnectionString, StorageClientDefaults.BlobOptions());
        var scans = tables.GetTableClient("scans");
        await scans.CreateIfNotExistsAsync();
        // The runner's clock: a minute past a quarter hour, so the schedule's next occurrence is 14 minutes on;
        // the scan a second before it (no safety lag here).
        var quarter = TimeSpan.FromMinutes(15);
        var start = TestClock.Now.AddMinutes(1);
        var at = start.AddSeconds(-1);
        await scans.AddEntityAsync(new TableEntity($"{VietnamTime.DateKey(at)}-s3", $"{at.UtcTicks:D19}-0badcafe")
        {
            ["Event"] = "scan", ["Code"] = "HT2K", ["Kind"] = "procedure", ["Target"] = $"{unit}/ho-tich/khai-sinh", ["Placement"] = "to-thu-tuc",
            ["Unit"] = unit, ["LocalTime"] = VietnamTime.Format(at), ["LocalDate"] = VietnamTime.Date(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Device"] = "mobile", ["IsBot"] = false, ["BotReason"] = "", ["Referrer"] = "", ["Visitor"] = "0123456789abcdef",
        });
        var clock = TestClock.Create(start);
        await using var factory = new HandlerFactory { Clock = clock }
            .With("Storage:ConnectionString", azurite.ConnectionString)
            .With("Stats:SafetyLag", "00:00:00")
            .With("Timers:RunLocally", "true");
        var schedule = LocalTimerScheduler.Parse(Assert.Single(factory.Services.GetRequiredService<FunctionsMetadata>().Functions, f => f.IsTimer));
        var due = new DateTimeOffset(schedule.GetNextOccurrence(start.UtcDateTime), TimeSpan.Zero);
        Assert.Equal(start.AddMinutes(14), due);
        var stats = blobs.GetBlobContainerClient("$web").GetBlobClient($"stats/{unit}/stats.json");

        clock.Advance(due - start - TimeSpan.FromSeconds(1));
        await Task.Delay(300);
        Assert.False((await stats.ExistsAsync()).Value, "PublishStats ran before its schedule said");

        // The scheduler starts on its own thread; if it was not yet waiting, the next quarter hour fires it.
        clock.Advance(TimeSpan.FromSeconds(1));
        for (var tries = 0; tries < 3 && !await WaitForAsync(stats, TimeSpan.FromSeconds(10)); tries++)
        {
            clock.Advance(quarter);
        }

        var json = await stats.DownloadContentAsync();
        using var published = JsonDocument.Parse(json.Value.Content.ToArray());
        Assert.Equal(1, published.RootElement.GetProperty("totals").GetProperty("scans").GetInt64());
    }

    private static async Task<bool> WaitForAsync(BlobClient blob, TimeSpan patience)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < patience)
        {
            if ((await blob.ExistsAsync()).Value)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
