using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MotCua.Data;
using MotCua.Domain.Text;
using MotCua.TestSupport;
using MotCua.TestSupport.Functions;

namespace MotCua.Handler.Tests.Stats;

[Collection(AzuriteCollection.Name)]
public sealed class StatsTimerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PublishStats_fires_on_its_reported_schedule_counts_new_scans_and_publishes_the_unit()
    {
        var unit = "don-vi-" + Guid.NewGuid().ToString("N")[..8];
        var scans = new TableServiceClient(azurite.ConnectionString).GetTableClient(TableNames.Scans);
        await scans.CreateIfNotExistsAsync();

        // The host's clock: a minute past a quarter hour, so the schedule's next occurrence is 14 minutes on. The
        // worker's own clock starts two minutes on, past the scan, which is counted with no safety lag.
        var start = TestClock.Now.AddMinutes(1);
        var at = start.AddSeconds(-1);
        await scans.AddEntityAsync(new TableEntity($"{VietnamTime.DateKey(at)}-s3", $"{at.UtcTicks:D19}-0badcafe")
        {
            ["Event"] = "scan", ["Code"] = "HT2K", ["Kind"] = "procedure", ["Target"] = $"{unit}/ho-tich/khai-sinh", ["Placement"] = "to-thu-tuc",
            ["Unit"] = unit, ["LocalTime"] = VietnamTime.Format(at), ["LocalDate"] = VietnamTime.Date(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Device"] = "mobile", ["IsBot"] = false, ["BotReason"] = "", ["Referrer"] = "", ["Visitor"] = "0123456789abcdef",
        });
        var hostClock = TestClock.Create(start);
        await using var app = await FunctionsApp.StartAsync(
            azurite.ConnectionString,
            [KeyValuePair.Create("Stats:SafetyLag", "00:00:00")],
            new FunctionsAppOptions { HostTime = hostClock, RunTimers = true, ClockStart = TestClock.Now.AddMinutes(2) });
        var timer = Assert.Single(app.Host.Functions, f => f.IsTimer);
        Assert.Equal("0 */15 * * * *", timer.Schedule);
        var stats = new BlobServiceClient(azurite.ConnectionString, StorageClientDefaults.BlobOptions())
            .GetBlobContainerClient("$web").GetBlobClient($"stats/{unit}/stats.json");

        // A second before it is due: nothing runs.
        await app.Host.TimersArmed.WaitAsync(TimeSpan.FromSeconds(30));
        hostClock.Advance(TimeSpan.FromMinutes(14) - TimeSpan.FromSeconds(1));
        await Task.Delay(500);
        Assert.DoesNotContain(app.Host.Invocations.Records, r => r.Function == timer.Name);

        hostClock.Advance(TimeSpan.FromSeconds(1));
        var ran = await WaitForAsync(() => app.Host.Invocations.Records.Any(r => r.Function == timer.Name && r.Completed), TimeSpan.FromSeconds(60));

        Assert.True(ran, "PublishStats did not run when due");
        Assert.True(Assert.Single(app.Host.Invocations.Records, r => r.Function == timer.Name).Succeeded);
        var json = await stats.DownloadContentAsync();
        using var published = JsonDocument.Parse(json.Value.Content.ToArray());
        Assert.Equal(1, published.RootElement.GetProperty("totals").GetProperty("scans").GetInt64());
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan patience)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < patience)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return condition();
    }
}
