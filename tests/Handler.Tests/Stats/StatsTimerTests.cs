using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Blobs;
using MotCua.Data;
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
        // The host's clock: a minute past a quarter hour, so the schedule's next occurrence is 14 minutes on. The
        // worker's own clock starts two minutes on, past the scan, which is counted with no safety lag.
        var start = TestClock.Now.AddMinutes(1);
        await ScanRows.AddAsync(azurite.ConnectionString, ScanRows.Of("HT2K", "procedure", unit, $"{unit}/ho-tich/khai-sinh", "to-thu-tuc", start.AddSeconds(-1)));
        var hostClock = new ArmedTimersClock(start);
        await using var app = await FunctionsApp.StartAsync(
            azurite.ConnectionString,
            [KeyValuePair.Create("Stats:SafetyLag", "00:00:00")],
            new FunctionsAppOptions { HostTime = hostClock, RunTimers = true, ClockStart = TestClock.Now.AddMinutes(2) });
        var timer = Assert.Single(app.Host.Functions, f => f.IsTimer);
        Assert.Equal("0 */15 * * * *", timer.Schedule);
        var stats = new BlobServiceClient(azurite.ConnectionString, StorageClientDefaults.BlobOptions())
            .GetBlobContainerClient("$web").GetBlobClient($"stats/{unit}/stats.json");
        var due = start.AddMinutes(14);

        // Armed for the next quarter hour and nothing else: a second before it, the clock has no timer to fire.
        await app.Host.TimersArmed.WaitAsync(Wait.Patience);
        Assert.Equal([due], hostClock.Dues);
        hostClock.Advance(due - start - TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(app.Host.Invocations.Records, r => r.Function == timer.Name);

        hostClock.Advance(TimeSpan.FromSeconds(1));
        await Wait.UntilAsync(() => hostClock.Dues.Count == 2, "PublishStats ran when due and armed its next occurrence");

        Assert.Equal(due.AddMinutes(15), hostClock.Dues.Last());
        Assert.True(Assert.Single(app.Host.Invocations.Records, r => r.Function == timer.Name).Succeeded);
        var json = await stats.DownloadContentAsync();
        using var published = JsonDocument.Parse(json.Value.Content.ToArray());
        Assert.Equal(1, published.RootElement.GetProperty("totals").GetProperty("scans").GetInt64());
    }

    /// <summary>The host's clock, moved by hand, noting when each timer armed on it is due: when the schedule will fire.</summary>
    private sealed class ArmedTimersClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly ConcurrentQueue<DateTimeOffset> _dues = new();

        public IReadOnlyList<DateTimeOffset> Dues => [.. _dues];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _dues.Enqueue(GetUtcNow() + dueTime);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
